using BenchmarkDotNet.Attributes;
using Hearth.Domain.Common;

namespace Hearth.Benchmarks;

/// <summary>
/// Costs one placement over its life with <see cref="NightCosting.CostByYear(DateOnly, DateOnly?, DateOnly, ReadOnlySpan{FeePeriod}, Span{YearCost})"/>
/// (into a reused buffer: must allocate nothing) and with the list-returning overload for comparison.
/// </summary>
[MemoryDiagnoser]
public class CostingBenchmarks
{
    private static readonly DateOnly CostUntil = new(2031, 4, 1);

    private FeePeriod[] _periods = [];
    private DateOnly _start;
    private DateOnly? _end;
    private readonly YearCost[] _destination = new YearCost[16];

    public enum Scenario
    {
        /// <summary>Eight months in one financial year at one fee.</summary>
        OneYear1Period,

        /// <summary>June 2023 to May 2025: three fee periods, crossing two financial year ends.</summary>
        TwoYearEnds3Periods,

        /// <summary>A five-year placement with six fee periods (a new fee every April and one mid-year change).</summary>
        FiveYears6Periods,
    }

    [Params(Scenario.OneYear1Period, Scenario.TwoYearEnds3Periods, Scenario.FiveYears6Periods)]
    public Scenario Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        static FeePeriod Fee(int y, int m, int d, long pounds) => new(new DateOnly(y, m, d), Money.FromPence(pounds * 100));
        (_start, _end, _periods) = Case switch
        {
            Scenario.OneYear1Period => (new DateOnly(2024, 5, 13), (DateOnly?)new DateOnly(2025, 1, 20), new[] { Fee(2024, 5, 13, 865) }),
            Scenario.TwoYearEnds3Periods => (new DateOnly(2023, 6, 5), new DateOnly(2025, 5, 31),
                new[] { Fee(2023, 6, 5, 812), Fee(2023, 11, 13, 905), Fee(2024, 9, 2, 960) }),
            Scenario.FiveYears6Periods => (new DateOnly(2019, 7, 1), new DateOnly(2024, 7, 1),
                new[]
                {
                    Fee(2019, 7, 1, 420), Fee(2020, 4, 1, 433), Fee(2021, 4, 1, 446), Fee(2022, 4, 1, 459),
                    Fee(2022, 10, 17, 520), Fee(2023, 4, 1, 536),
                }),
            _ => throw new InvalidOperationException(),
        };
    }

    [Benchmark(Baseline = true, Description = "CostByYear (span)")]
    public int CostByYearSpan() => NightCosting.CostByYear(_start, _end, CostUntil, _periods, _destination);

    [Benchmark(Description = "CostByYear (list)")]
    public IReadOnlyList<YearCost> CostByYearList() => NightCosting.CostByYear(_start, _end, CostUntil, (IReadOnlyList<FeePeriod>)_periods);
}
