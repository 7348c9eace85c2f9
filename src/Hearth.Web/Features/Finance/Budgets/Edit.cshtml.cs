using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance.Budgets;

/// <summary>A finance officer sets or changes the authority's budget for one key service line and year.</summary>
[Authorize(Roles = ForecastAccess.BudgetEditors)]
public sealed class EditModel(ForecastReport report, HearthDb db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public FinancialYear Year { get; private set; }
    public KeyServiceLine Line { get; private set; }
    public Money? Current { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the budget")]
        [Display(Name = "Budget")]
        public string? Amount { get; set; }

        /// <summary>The budget's version when the form was shown; empty when no budget was set then.</summary>
        public int? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string year, string line, CancellationToken ct)
    {
        if (!await LoadAsync(year, line, ct)) return NotFound();
        Input.Amount = Current?.Pounds.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string year, string line, CancellationToken ct)
    {
        if (!await LoadAsync(year, line, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (!Money.TryParse(Input.Amount, out var amount))
        {
            ModelState.AddModelError("Input.Amount", "Enter the budget in pounds and pence, like £1,250,000.00");
            return Page();
        }
        await report.SetBudgetAsync(Line, Year, amount, Input.Version, ct);
        var saved = $"{SpendReport.KeyServiceLineName(Line)} budget for {Year} set to {amount}";
        return Redirect($"/finance/budgets?Year={Uri.EscapeDataString(Year.ToString())}&saved={Uri.EscapeDataString(saved)}");
    }

    private async Task<bool> LoadAsync(string year, string line, CancellationToken ct)
    {
        if (!FinancialYear.TryParse(year, out var y) || !report.Years(includeNext: true).Contains(y)) return false;
        if (!Enum.TryParse<KeyServiceLine>(line, ignoreCase: false, out var l) || !Enum.IsDefined(l) || int.TryParse(line, out _)) return false;
        Year = y;
        Line = l;
        var authorityId = db.Scope.FilterOrganisationId;
        var budget = await db.Budgets.AsNoTracking().Where(b => b.AuthorityId == authorityId && b.Year == y && b.KeyServiceLine == l)
            .Select(b => new { b.Amount, b.Version }).SingleOrDefaultAsync(ct);
        Current = budget?.Amount;
        if (Request.Method == HttpMethods.Get) Input.Version = budget?.Version;
        return true;
    }
}
