using System.Globalization;
using System.Text.RegularExpressions;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing.CallOffs;

namespace Hearth.Web.Features.CallOffs;

/// <summary>Words for call-off states, reasons and times (London time, "25 November 2026 at 2:30pm").</summary>
public static partial class CallOffText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string London(DateTimeOffset? instant) =>
        instant is { } i ? Domain.Common.London.ToLondon(i).ToString("d MMMM yyyy 'at' h:mmtt", English).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal) : "";

    /// <summary>"ShortTerm" → "short term"; "GoingMissing, SelfHarm" → "going missing, self harm".</summary>
    public static string Words(string value) =>
        value.Length == 0 ? "not given" : Capitals().Replace(value, " $1").Trim().ToLowerInvariant().Replace(" ,", ",", StringComparison.Ordinal);

    public static string ChildrenSummary(AnonymisedReferralProfile profile) =>
        profile.Children.Count == 1
            ? $"one child aged {profile.Children[0].AgeInYears}"
            : $"{profile.Children.Count} children placed together, aged {string.Join(", ", profile.Children.Select(c => c.AgeInYears))}";

    public static string Sex(string code) => code switch { "M" => "Male", "F" => "Female", _ => "Not known" };

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", _ => "Not given" };

    public static string Status(RecipientStatus status) => status switch
    {
        RecipientStatus.Queued => "Waiting its turn",
        RecipientStatus.Asked => "Asked",
        RecipientStatus.Offered => "Offered",
        RecipientStatus.Declined => "Declined",
        RecipientStatus.Lapsed => "No answer by the deadline",
        RecipientStatus.NotAsked => "Not asked",
        _ => status.ToString(),
    };

    public static string StatusTag(RecipientStatus status) => status switch
    {
        RecipientStatus.Offered => "govuk-tag--green",
        RecipientStatus.Declined => "govuk-tag--red",
        RecipientStatus.Lapsed => "govuk-tag--orange",
        RecipientStatus.Asked => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };

    public static string Status(CallOffStatus status) => status switch
    {
        CallOffStatus.Open => "Waiting for answers",
        CallOffStatus.Accepted => "Offer accepted",
        CallOffStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string DeclineReason(DeclineReason? reason) => reason switch
    {
        Domain.Sourcing.CallOffs.DeclineReason.NoVacancy => "No vacancy",
        Domain.Sourcing.CallOffs.DeclineReason.NeedsNotMet => "Cannot meet the child's needs",
        Domain.Sourcing.CallOffs.DeclineReason.Location => "No carer in a suitable location",
        Domain.Sourcing.CallOffs.DeclineReason.AgeOrGender => "No carer approved for the age or sex",
        Domain.Sourcing.CallOffs.DeclineReason.SiblingGroupSize => "Cannot take the sibling group together",
        Domain.Sourcing.CallOffs.DeclineReason.MatchingConcerns => "Concerns about the match with children already placed",
        Domain.Sourcing.CallOffs.DeclineReason.Other => "Other",
        _ => "",
    };

    public static string Money(Money money) => money.ToString();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Capitals();
}
