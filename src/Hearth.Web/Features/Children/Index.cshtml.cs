using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Children;

/// <summary>The authority's children, searched by name or case reference.</summary>
[Authorize(Roles = ChildAccess.Viewers)]
public sealed class IndexModel(HearthDb db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(int Id, string CaseReference, string Name, DateOnly DateOfBirth, string District);

    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Children.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            query = words.Length == 2
                ? query.Where(c => c.GivenName.StartsWith(words[0]) && c.FamilyName.StartsWith(words[1]))
                : query.Where(c => c.CaseReference == term || c.FamilyName.StartsWith(term) || c.GivenName.StartsWith(term));
        }
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await query.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new Row(c.Id, c.CaseReference, c.GivenName + " " + c.FamilyName, c.DateOfBirth, c.HomePostcodeDistrict))
            .ToListAsync(ct);
    }

    public string PageLink(int page) => $"/children?Search={Uri.EscapeDataString(Search ?? "")}&pageNumber={page}";
}
