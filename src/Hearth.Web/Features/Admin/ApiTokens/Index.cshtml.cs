using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.ApiTokens;

/// <summary>An organisation's API tokens: created with chosen roles, shown once, stored hashed, revocable.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Name, string Prefix, string Roles, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<Row> Tokens { get; private set; } = [];
    public List<SelectListItem> RoleOptions { get; private set; } = [];
    public string? NewToken { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a name for the token")]
        [StringLength(100, ErrorMessage = "Name must be 100 characters or fewer")]
        public string Name { get; set; } = "";

        public List<string> Roles { get; set; } = [];
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // Every question's error at once (GOV.UK pattern), not the roles only after the name is right.
        if (!Input.Roles.Exists(r => !string.IsNullOrWhiteSpace(r)))
            ModelState.AddModelError("Input.Roles", "Select at least one role");
        if (!ModelState.IsValid) return Page();
        var roles = Platform.Roles.Validate(Kind, Input.Roles, "Roles");
        // The service operator works through its pages, signed in: its powers over other organisations are never a token's (ADR 0024).
        if (roles.Contains(Platform.Roles.ServiceOperator))
            throw new Hearth.Domain.Common.DomainException("Roles", "An API token cannot have the service operator role");
        var token = ApiTokenHandler.NewToken();
        db.ApiTokens.Add(new ApiToken
        {
            OrganisationId = scope.FilterOrganisationId, Name = Input.Name.Trim(), Prefix = token[..10], TokenHash = ApiTokenHandler.Hash(token),
            Roles = string.Join(',', roles), CreatedByUserId = scope.UserId ?? 0, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        NewToken = token;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (token is null) return NotFound();
        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    private OrganisationKind Kind => scope.Kind ?? OrganisationKind.Authority;

    private async Task LoadAsync(CancellationToken ct)
    {
        RoleOptions = Platform.Roles.Options(Kind).Where(o => o.Value != Platform.Roles.ServiceOperator).ToList();
        Tokens = (await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedAt).ToListAsync(ct))
            .Select(t => new Row(t.Id, t.Name, t.Prefix, string.Join(", ", t.RoleList.Select(Platform.Roles.DisplayName)), t.CreatedAt, t.LastUsedAt, t.RevokedAt))
            .ToList();
    }
}
