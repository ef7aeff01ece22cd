// Two feature namespaces that use each other, for FeatureLayeringTests to find: A names B only inside a method body.
namespace Algoritma.Platform.Features.CycleA
{
    internal sealed class Maker
    {
        public object Make() => new CycleB.Made();
    }
}

namespace Algoritma.Platform.Features.CycleB
{
    internal sealed class Made
    {
        public CycleA.Maker? MadeBy { get; init; }
    }
}
