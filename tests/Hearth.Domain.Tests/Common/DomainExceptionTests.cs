using Hearth.Domain.Common;

namespace Hearth.Domain.Tests.Common;

public class DomainExceptionTests
{
    [Fact]
    public void Constructor_FieldAndMessage_AreKept()
    {
        var exception = new DomainException("EndDate", "The end date must be on or after the start date");

        Assert.Equal("EndDate", exception.Field);
        Assert.Equal("The end date must be on or after the start date", exception.Message);
        Assert.IsAssignableFrom<Exception>(exception);
    }
}
