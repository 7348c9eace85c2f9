namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>
/// A child of the call-off, kept for the price check (age band on the offer's start date) and for the release of full
/// details on acceptance. Authority-side only: nothing a provider reads is built from it.
/// </summary>
public sealed class CallOffChild
{
    private CallOffChild() { }

    internal CallOffChild(int childId, DateOnly dateOfBirth)
    {
        ChildId = childId;
        DateOfBirth = dateOfBirth;
    }

    public int Id { get; private set; }
    public int CallOffId { get; private set; }
    public int ChildId { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
}
