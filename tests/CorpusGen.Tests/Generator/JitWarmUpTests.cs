extern alias Generator;

using System.Linq;
using Xunit;
using JitWarmUp = Generator::CorpusGen.JitWarmUp;

namespace CorpusGen.Tests.Generator;

/// <summary>The warm-up compiles the extraction's optimized methods ahead of the parallel pass.</summary>
public class JitWarmUpTests
{
    [Fact]
    public void EveryListedStageHasOptimizedMethodsToPrepare()
    {
        var prepared = JitWarmUp.Run();
        // A stage whose methods lost their Jit.Optimized mark, or a type listed by mistake, prepares
        // nothing: the list should then change with the code.
        Assert.All(prepared, count => Assert.True(count > 0));
        Assert.True(prepared.Sum() >= 100, "prepared " + prepared.Sum());
    }
}
