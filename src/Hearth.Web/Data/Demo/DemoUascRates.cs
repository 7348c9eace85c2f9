using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Organisations;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// The Home Office's nightly UASC grant rates for the demo authorities, as best we could establish them from the published
/// funding instructions (see docs/decisions/0009-uasc-grant-rates.md for the sources and what is approximate).
/// </summary>
internal static class DemoUascRates
{
    private static readonly DateOnly Y2014 = new(2014, 4, 1);
    private static readonly DateOnly Nts2016 = new(2016, 7, 1);
    private static readonly DateOnly Flat2019 = new(2019, 4, 1);
    private static readonly DateOnly Kent2020 = new(2020, 4, 1);
    private static readonly DateOnly Medway2022 = new(2022, 4, 1);

    public static List<UascGrantRate> For(Authority kent, Authority medway)
    {
        var rates = new List<UascGrantRate>();
        void Add(int authority, DateOnly from, DateOnly? to, decimal under16, decimal aged16To17)
        {
            rates.Add(UascGrantRate.Create(authority, UascAgeBand.Under16, from, to, Money.FromPounds(under16), rates));
            rates.Add(UascGrantRate.Create(authority, UascAgeBand.Aged16To17, from, to, Money.FromPounds(aged16To17), rates));
        }

        foreach (var authority in new[] { kent.Id, medway.Id })
        {
            Add(authority, Y2014, Nts2016.AddDays(-1), 95m, 71m);
            Add(authority, Nts2016, Flat2019.AddDays(-1), 114m, 91m);
        }

        // Kent, an entry authority well above the 0.07% threshold, has the higher rate from 2020-21.
        Add(kent.Id, Flat2019, Kent2020.AddDays(-1), 114m, 114m);
        Add(kent.Id, Kent2020, null, 143m, 143m);
        Add(medway.Id, Flat2019, Medway2022.AddDays(-1), 114m, 114m);
        Add(medway.Id, Medway2022, null, 143m, 143m);
        return rates;
    }
}
