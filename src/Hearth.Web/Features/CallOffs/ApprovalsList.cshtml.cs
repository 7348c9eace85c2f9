using Hearth.Web.Data;
using Hearth.Web.Features.Referrals;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.CallOffs;

/// <summary>
/// The call-offs with offers waiting for a manager's approval, oldest first: managers (the referral sign-off claim) reach it
/// from the navigation and approve on each call-off's approvals page; brokers may look to see what is waiting.
/// </summary>
[Authorize(Roles = $"{Roles.Broker},{Roles.SocialWorker}")]
public sealed class ApprovalsListModel(HearthDb db, OrganisationScope scope) : PageModel
{
    public const string Path = "/call-offs/approvals";

    public List<ApprovalQueue.Waiting> Waiting { get; private set; } = [];
    public bool IsManager => ReferralAccess.CanSignOff(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!scope.IsAuthority) return Forbid();
        Waiting = await ApprovalQueue.ForAsync(db, ct);
        return Page();
    }
}
