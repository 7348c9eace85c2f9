using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Referrals;

/// <summary>"Check your answers": every answer with a Change link, then submit for a manager's sign-off.</summary>
public sealed class CheckModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : ReferralFormModel(db, scope, clock)
{
    public override string Slug => "check";

    [BindProperty] public int Version { get; set; }

    /// <summary>The answers still needed, shown as errors so the social worker can go straight to each one.</summary>
    public IReadOnlyList<(string Field, string Message)> Missing { get; private set; } = [];

    /// <summary>Submit was pressed with answers missing: list them as errors linking to their questions.</summary>
    public bool Attempted { get; private set; }

    public string LinkFor(string field) =>
        ReferralSummary.For(Referral, true).Sections.SelectMany(s => s.Rows).FirstOrDefault(r => r.Field == "Input_" + field) is { } row
            ? $"/referrals/{Referral.Id}/{row.Step}?change=true#{row.Field}"
            : $"/referrals/{Referral.Id}/timing?change=true";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        Version = Referral.Version;
        Missing = Referral.MissingAnswers();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        Missing = Referral.MissingAnswers();
        if (Missing.Count > 0)
        {
            Attempted = true;
            return Page();
        }
        Referral.Submit(Today);
        await ReferralRecords.SaveAsync(Db, Referral, Version, ct);
        return Redirect($"/referrals/{id}?saved=submitted");
    }
}
