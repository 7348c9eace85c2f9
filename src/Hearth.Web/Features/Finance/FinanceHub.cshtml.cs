using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Finance;

/// <summary>The finance hub: every finance report and task the user may use, each with one line on what it is for.</summary>
[Authorize(Roles = Readers)]
public sealed class FinanceHubModel : PageModel
{
    /// <summary>Everyone who may open at least one finance page listed here (and sees "Finance" in the navigation).</summary>
    public const string Readers = $"{Roles.FinanceOfficer},{Roles.Commissioner},{Roles.Auditor},{Roles.ContractManager},{Roles.ProviderUser}";

    public sealed record Link(string Text, string Href, string Description, string Roles);

    public sealed record Section(string Heading, IReadOnlyList<Link> Links);

    private const string SpendReaders = $"{Roles.FinanceOfficer},{Roles.Commissioner},{Roles.Auditor}";

    public static readonly IReadOnlyList<Section> Sections =
    [
        new("Spend", [
            new("Spend by financial year", "/finance/spend", "What placements have cost each year, by service line, funding source, route and provider, with CSV and XLSX exports.", SpendReaders),
            new("Highest-cost placements", "/finance/highest-cost", "The placements costing most a week, for review.", $"{Roles.Commissioner},{Roles.FinanceOfficer},{Roles.ContractManager},{Roles.Auditor}"),
            new("Average weekly cost", "/finance/average-weekly-cost", "The average weekly cost of a placement by category and age band.", SpendReaders),
        ]),
        new("Planning", [
            new("Commitments", "/finance/commitments", "What live placements will cost from today to their planned end or the year end.", ForecastAccess.Readers),
            new("Forecast", "/finance/forecast", "Spend to the year end: actuals, commitments and expected new placements, with the method shown.", ForecastAccess.Readers),
            new("Budgets", "/finance/budgets", "Each service line's budget against actuals and forecast, with a red, amber or green status.", ForecastAccess.Readers),
            new("Sufficiency", "/finance/sufficiency", "In-house against external placements over time, in area and spot purchases.", $"{Roles.Commissioner},{Roles.FinanceOfficer},{Roles.Auditor}"),
        ]),
        new("Payments and grants", [
            new("Payments schedule", "/finance/payments", "What is owed to each provider for a period, per placement, ready for the finance system.", UascRoles.PaymentReaders),
            new("UASC grant", "/finance/uasc", "The grant due for each unaccompanied asylum-seeking child's placement, ready to claim.", UascRoles.Readers),
        ]),
        new("Tasks", [
            new("Import placements", "/placements/import", "Add or update placements from a CSV or XLSX file in the template's format.", Web.Features.Placements.PlacementAccess.Importers),
            new("Find a placement", "/placements", "Record a fee change, an additional cost or the funding split on a placement.", Web.Features.Placements.PlacementAccess.FeeEditors),
        ]),
    ];

    public List<Section> Visible { get; private set; } = [];

    public void OnGet()
    {
        foreach (var section in Sections)
        {
            var links = section.Links.Where(l => l.Roles.Split(',').Any(User.IsInRole)).ToList();
            if (links.Count > 0) Visible.Add(section with { Links = links });
        }
    }
}
