using Hearth.Web.Features.Account;
using Hearth.Web.Features.Admin.Matching;
using Hearth.Web.Features.Bidding;
using Hearth.Web.Features.CallOffs;
using Hearth.Web.Features.Children;
using Hearth.Web.Features.Commissioning;
using Hearth.Web.Features.Finance;
using Hearth.Web.Features.Decisions;
using Hearth.Web.Features.Frameworks;
using Hearth.Web.Features.Households;
using Hearth.Web.Features.Matching;
using Hearth.Web.Features.Organisations;
using Hearth.Web.Features.Placements;
using Hearth.Web.Features.Referrals;
using Hearth.Web.Features.Sourcing;

namespace Hearth.Web.Features.Api;

/// <summary>The versioned JSON API under /api/v1: every area adds its endpoints here.</summary>
public static class ApiRoutes
{
    public static WebApplication MapHearthApi(this WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1").RequireAuthorization();
        v1.MapAccountApi();
        v1.MapOrganisationsApi();
        v1.MapPlacementsApi();
        v1.MapPlacementCostsApi();
        v1.MapFinanceApi();
        v1.MapGrantAndPaymentsApi();
        v1.MapForecastApi();
        v1.MapDecisionsApi();
        v1.MapFrameworksApi();
        v1.MapImportJobsApi();
        v1.MapAnalysisApi();
        v1.MapBiddingApi();
        v1.MapChildrenApi();
        v1.MapReferralsApi();
        v1.MapHouseholdsApi();
        v1.MapMatchingApi();
        v1.MapAreaApi();
        v1.MapCallOffsApi();
        v1.MapResponseDeadlinesApi();
        v1.MapSourcingApi();
        v1.MapProviderSuspensionsApi();
        // An address under /api that matches nothing (or a method or content type it does not take) is answered with
        // problem details by ApiProblems: no catch-all route, so routing still says 405 and 415 where they apply.
        return app;
    }
}
