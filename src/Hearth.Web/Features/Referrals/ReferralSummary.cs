using Hearth.Domain.Sourcing;

namespace Hearth.Web.Features.Referrals;

/// <summary>The referral's answers as summary-list sections, for "Check your answers" (with Change links) and the details page.</summary>
public sealed record ReferralSummary(int ReferralId, bool WithChangeLinks, IReadOnlyList<ReferralSummary.Section> Sections)
{
    public sealed record Row(string Key, string Value, string Step, string Field);
    public sealed record Section(string Title, IReadOnlyList<Row> Rows);

    public static ReferralSummary For(Referral r, bool withChangeLinks)
    {
        static string Or(string value, string none = "Not answered") => value.Length == 0 ? none : value;
        return new ReferralSummary(r.Id, withChangeLinks,
        [
            new Section("When and what kind of placement",
            [
                new Row("When needed", Or(ReferralText.Urgency(r.Urgency)), "timing", "Input_Urgency"),
                new Row("Needed from", Or(r.NeededFrom?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? ""), "timing", "Input_NeededFrom"),
                new Row("Type of placement", Or(ReferralText.PlacementType(r.PlacementType)), "timing", "Input_PlacementType"),
            ]),
            new Section("What the child needs",
            [
                new Row("What the child needs", Or(r.ChildNeeds), "needs", "Input_ChildNeeds"),
                new Row("Communication, language or learning needs", Or(ReferralText.Communication(r.CommunicationNeeds)), "needs", "Input_CommunicationNeeds"),
                new Row("Communication requirements", Or(ReferralText.Requirements(r.CommunicationRequirements)), "needs", "Input_CommunicationRequirements"),
                new Row("Communication details", Or(r.CommunicationDetails, "None given"), "needs", "Input_CommunicationDetails"),
                new Row("Home needs adapting", Or(ReferralText.YesNo(r.HomeAdaptation)), "needs", "Input_HomeAdaptation"),
                new Row("Cultural needs", Or(ReferralText.Cultural(r.CulturalNeeds)), "needs", "Input_CulturalNeeds"),
                new Row("Cultural needs details", Or(r.CulturalNeedsDetails, "None given"), "needs", "Input_CulturalNeedsDetails"),
            ]),
            new Section("Living arrangements",
            [
                new Row("Can live alongside", Or(ReferralText.Alongside(r.LivingAlongside)), "living", "Input_LivingAlongside"),
                new Row("Pets", Or(ReferralText.Pets(r.Pets)), "living", "Input_Pets"),
                new Row("Additional support", Or(ReferralText.Support(r.AdditionalSupport)), "living", "Input_AdditionalSupport"),
                new Row("Additional support details", Or(r.AdditionalSupportDetails, "None given"), "living", "Input_AdditionalSupportDetails"),
                new Row("Deprivation of liberty order", Or(ReferralText.YesNo(r.DeprivationOfLiberty)), "living", "Input_DeprivationOfLiberty"),
            ]),
            new Section("Risks",
            [
                new Row("Risks to the child", Or(ReferralText.RisksToSelf(r.RisksToSelf)), "risks", "Input_RisksToSelf"),
                new Row("Other risks to the child", Or(r.RiskToSelfOther, "None given"), "risks", "Input_RiskToSelfOther"),
                new Row("Risks to others or property", Or(ReferralText.RisksToOthers(r.RisksToOthers)), "risks", "Input_RisksToOthers"),
                new Row("Other risks to others", Or(r.RiskToOthersOther, "None given"), "risks", "Input_RiskToOthersOther"),
            ]),
            new Section("Location",
            [
                new Row("Stay in the authority's area", Or(ReferralText.YesNo(r.StayInArea)), "location", "Input_StayInArea"),
                new Row("Maximum distance", r.MaximumDistanceMiles is { } m ? $"{m} miles" : "No limit given", "location", "Input_MaximumDistanceMiles"),
                new Row("Areas to avoid", Or(r.AreasToAvoid, "None"), "location", "Input_AreasToAvoid"),
                new Row("School to keep", Or(r.SchoolToKeep, "None given"), "location", "Input_SchoolToKeep"),
                new Row("School postcode district", Or(r.SchoolPostcodeDistrict, "None given"), "location", "Input_SchoolPostcode"),
                new Row("Preferred location", Or(r.PreferredLocation, "None given"), "location", "Input_PreferredLocation"),
            ]),
        ]);
    }
}
