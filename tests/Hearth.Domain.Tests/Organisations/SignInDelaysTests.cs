using Hearth.Domain.Organisations;

namespace Hearth.Domain.Tests.Organisations;

public sealed class SignInDelaysTests
{
    private static readonly SignInDelays Delays = new(4, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void After_UpToTheFreeFailures_NoWait(int failures) => Assert.Equal(TimeSpan.Zero, Delays.After(failures));

    [Theory]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(7, 4)]
    [InlineData(12, 128)]
    [InlineData(13, 256)]
    public void After_PastTheFreeFailures_DoublesFromTheFirstDelay(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Delays.After(failures));

    [Theory]
    [InlineData(14)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void After_ManyFailures_NeverMoreThanTheMaximum(int failures) => Assert.Equal(TimeSpan.FromMinutes(5), Delays.After(failures));
}
