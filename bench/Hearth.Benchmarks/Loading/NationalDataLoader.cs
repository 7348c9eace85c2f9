using System.Diagnostics;
using Hearth.Domain.Finance;
using Hearth.Domain.Organisations;

namespace Hearth.Benchmarks.Loading;

/// <summary>
/// Maps a <see cref="NationalDataSet"/> onto the tables and columns the EF Core migrations create (see the migrations and
/// the entity configurations): Organisations is one table for authorities and providers with the discriminator column
/// "OrganisationKind"; Money is whole pence; enums are their integer values; ids are written explicitly.
/// </summary>
internal sealed class NationalDataLoader(BulkLoader loader, TextWriter log)
{
    public static readonly IReadOnlyList<string> TablesWithIdentity =
        ["Organisations", "Frameworks", "FrameworkMembers", "CarerHouseholds", "Children", "Placements", "PlacementFeePeriods"];

    public async Task LoadAsync(NationalDataSet data)
    {
        await Table("Organisations",
            ["Id", "Name", "ShortName", "Status", "Version", "OrganisationKind", "OnsCode", "ElectoralDivisions", "BrandColour",
             "KeyDecisionThreshold", "OfstedUrn", "Sector", "RegisteredOffice", "OfstedGrade", "OfstedInspectedOn"],
            w =>
            {
                for (var i = 0; i < data.Authorities.Count; i++)
                {
                    var a = data.Authorities[i];
                    w.StartRow();
                    w.Int(data.AuthorityId(i)); w.Text(a.Name); w.Text(a.ShortName); w.Int((int)a.Status); w.Int(a.Version);
                    w.Int((int)OrganisationKind.Authority);
                    w.Text(a.OnsCode); w.Int(a.ElectoralDivisions); w.Text(a.BrandColour); w.Long(a.KeyDecisionThreshold.Pence);
                    w.Null(); w.Null(); w.Null(); w.Null(); w.Null();
                    w.EndRow();
                }
                for (var i = 0; i < data.Providers.Count; i++)
                {
                    var p = data.Providers[i];
                    w.StartRow();
                    w.Int(data.ProviderId(i)); w.Text(p.Name); w.Text(p.ShortName); w.Int((int)p.Status); w.Int(p.Version);
                    w.Int((int)OrganisationKind.Provider);
                    w.Null(); w.Null(); w.Null(); w.Null();
                    w.Text(p.OfstedUrn); w.Int((int)p.Sector); w.Text(p.RegisteredOffice); w.IntOrNull((int?)p.OfstedGrade);
                    w.DateOrNull(p.OfstedInspectedOn);
                    w.EndRow();
                }
            });

        await Table("Frameworks",
            ["Id", "Reference", "Title", "Regime", "StartDate", "OriginalEndDate", "EndDate", "KeyDecisionId", "Version"],
            w =>
            {
                for (var i = 0; i < data.Frameworks.Count; i++)
                {
                    var f = data.Frameworks[i];
                    w.StartRow();
                    w.Int(i + 1); w.Text(f.Reference); w.Text(f.Title); w.Int((int)f.Regime); w.Date(f.StartDate);
                    w.Date(f.OriginalEndDate); w.Date(f.EndDate); w.IntOrNull(f.KeyDecisionId); w.Int(f.Version);
                    w.EndRow();
                }
            });

        await Table("FrameworkParties", ["FrameworkId", "AuthorityId", "IsLead"], w =>
        {
            for (var i = 0; i < data.Frameworks.Count; i++)
                foreach (var party in data.Frameworks[i].Parties)
                {
                    w.StartRow(); w.Int(i + 1); w.Int(party.AuthorityId); w.Bool(party.IsLead); w.EndRow();
                }
        });

        await Table("FrameworkMembers", ["Id", "FrameworkId", "ProviderId", "JoinedOn"], w =>
        {
            var id = 0;
            for (var i = 0; i < data.Frameworks.Count; i++)
                foreach (var member in data.Frameworks[i].Members)
                {
                    w.StartRow(); w.Int(++id); w.Int(i + 1); w.Int(member.ProviderId); w.Date(member.JoinedOn); w.EndRow();
                }
        });

        await Table("CarerHouseholds",
            ["Id", "OwnerOrganisationId", "Reference", "PostcodeDistrict", "ApprovedPlaces", "AgeFrom", "AgeTo", "ApprovedOn",
             "ConfirmedOn", "Version"],
            w =>
            {
                for (var i = 0; i < data.Households.Length; i++)
                {
                    var h = data.Households[i];
                    w.StartRow();
                    w.Int(i + 1); w.Int(h.OwnerOrganisationId); w.Text(h.Reference); w.Text(h.PostcodeDistrict);
                    w.Int(h.ApprovedPlaces); w.Int(h.AgeFrom); w.Int(h.AgeTo); w.Date(h.ApprovedOn); w.DateOrNull(h.ConfirmedOn);
                    w.Int(h.Version);
                    w.EndRow();
                }
            });

        await Table("Children",
            ["Id", "AuthorityId", "CaseReference", "GivenName", "FamilyName", "DateOfBirth", "Sex", "Ethnicity", "IsUasc",
             "HasDisability", "HomePostcodeDistrict", "Version"],
            w =>
            {
                for (var i = 0; i < data.Children.Length; i++)
                {
                    var c = data.Children[i];
                    w.StartRow();
                    w.Int(i + 1); w.Int(c.AuthorityId); w.Text(c.CaseReference); w.Text(c.GivenName); w.Text(c.FamilyName);
                    w.Date(c.DateOfBirth); w.Text(c.Sex); w.Text(c.Ethnicity); w.Bool(c.IsUasc); w.Bool(c.HasDisability);
                    w.Text(c.HomePostcodeDistrict); w.Int(c.Version);
                    w.EndRow();
                    Progress(w, "Children");
                }
            });

        await Table("Placements",
            ["Id", "AuthorityId", "ChildId", "ProviderId", "HouseholdId", "FrameworkId", "Route", "Category", "PlaceCode",
             "KeyServiceLine", "FundingSource", "StartDate", "EndDate", "PlannedEndDate", "Version"],
            w =>
            {
                for (var i = 0; i < data.Placements.Length; i++)
                {
                    var p = data.Placements[i];
                    w.StartRow();
                    w.Int(i + 1); w.Int(p.AuthorityId); w.Int(p.ChildId); w.IntOrNull(p.ProviderId); w.IntOrNull(p.HouseholdId);
                    w.IntOrNull(p.FrameworkId); w.Int((int)p.Route); w.Int((int)p.Category); w.Text(p.PlaceCode);
                    w.Int((int)p.KeyServiceLine); w.Int((int)p.FundingSource); w.Date(p.StartDate); w.DateOrNull(p.EndDate);
                    w.DateOrNull(p.PlannedEndDate); w.Int(p.Version);
                    w.EndRow();
                    Progress(w, "Placements");
                }
            });

        await Table("PlacementFeePeriods", ["Id", "PlacementId", "EffectiveFrom", "WeeklyFee"], w =>
        {
            var id = 0;
            for (var i = 0; i < data.Placements.Length; i++)
                foreach (var period in data.Placements[i].FeePeriods)
                {
                    w.StartRow(); w.Int(++id); w.Int(i + 1); w.Date(period.EffectiveFrom); w.Long(period.WeeklyFee.Pence); w.EndRow();
                    Progress(w, "PlacementFeePeriods");
                }
        });

        // The stored cost lines (ADR 0014; keyed by placement and line number, signed by ADR 0019), written by the same domain function HearthDb uses on every save, as of the
        // data's own today.
        await Table("PlacementCostLines",
            ["PlacementId", "Seq", "Kind", "Sign", "FinancialYear", "FeePeriodStart", "AuthorityId", "KeyServiceLine", "FundingSource", "Route", "ProviderId",
             "FirstNightDay", "EndDay", "Nights", "WeeklyFeePence", "AmountPence"],
            w =>
            {
                for (var i = 0; i < data.Placements.Length; i++)
                    foreach (var l in PlacementCostLines.For(data.Placements[i], NationalDataGenerator.AsOf, i + 1))
                    {
                        w.StartRow();
                        w.Int(l.PlacementId); w.Int(l.Seq); w.Int((int)l.Kind); w.Int(l.Sign); w.Int(l.FinancialYear); w.Date(l.FeePeriodStart); w.Int(l.AuthorityId); w.Int((int)l.KeyServiceLine);
                        w.Int((int)l.FundingSource); w.Int((int)l.Route); w.IntOrNull(l.ProviderId); w.Int(l.FirstNightDay); w.IntOrNull(l.EndDay);
                        w.IntOrNull(l.Nights); w.Long(l.WeeklyFeePence); w.LongOrNull(l.AmountPence);
                        w.EndRow();
                        Progress(w, "PlacementCostLines");
                    }
            });
    }

    private async Task Table(string name, IReadOnlyList<string> columns, Action<TableWriter> rows)
    {
        var clock = Stopwatch.StartNew();
        var writer = await loader.BeginTableAsync(name, columns);
        rows(writer);
        await writer.CompleteAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"  {name,-20} {writer.Rows,10:N0} rows in {seconds,6:F1} s ({writer.Rows / Math.Max(seconds, 0.001),9:N0} rows/s)");
    }

    private void Progress(TableWriter writer, string table)
    {
        if (writer.Rows % 250_000 == 0) log.WriteLine($"    {table}: {writer.Rows:N0} rows…");
    }
}
