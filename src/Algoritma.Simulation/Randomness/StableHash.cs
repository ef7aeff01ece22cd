namespace Algoritma.Simulation.Randomness;

/// <summary>FNV-1a: the same on every run and machine (string.GetHashCode is not), so seeds derived from codes are too.</summary>
internal static class StableHash
{
    public static int Of(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)hash;
        }
    }
}
