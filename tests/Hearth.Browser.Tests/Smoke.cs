namespace Hearth.Browser.Tests; public class SmokeTests { [Fact] public void Runs() => Assert.True(true); }
