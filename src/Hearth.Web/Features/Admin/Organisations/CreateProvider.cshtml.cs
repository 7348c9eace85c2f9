using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Organisations;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Admin.Organisations;

/// <summary>
/// The service operator adds an agency to Hearth with its first administrator (ADR 0024). Nothing about the provider is
/// active until that person accepts the invitation: the provider's own confirmation.
/// </summary>
[Authorize(Roles = Roles.ServiceOperator)]
public sealed class CreateProviderModel(OperatorWork work, OrganisationScope scope) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? Link { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the organisation’s name")]
        [StringLength(Organisation.NameMaxLength, ErrorMessage = "Name must be 200 characters or fewer")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter a short name")]
        [StringLength(Organisation.ShortNameMaxLength, ErrorMessage = "Short name must be 40 characters or fewer")]
        public string ShortName { get; set; } = "";

        public string? OfstedUrn { get; set; }

        public ProviderSector? Sector { get; set; }

        public string? RegisteredOffice { get; set; }

        [Required(ErrorMessage = "Enter the full name of the provider’s first administrator")]
        [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
        public string AdministratorName { get; set; } = "";

        [Required(ErrorMessage = "Enter the email address of the provider’s first administrator")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
        public string AdministratorEmail { get; set; } = "";
    }

    public IActionResult OnGet() => scope.CanOperate ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!scope.CanOperate) return Forbid();
        if (!ModelState.IsValid) return Page();
        var (_, link) = await work.AddProviderAsync(new OperatorWork.NewProvider(Input.Name, Input.ShortName, Input.OfstedUrn ?? "", Input.Sector,
            Input.RegisteredOffice ?? "", Input.AdministratorName, Input.AdministratorEmail), ct);
        Link = $"{Request.Scheme}://{Request.Host}{link}";
        return Page();
    }
}
