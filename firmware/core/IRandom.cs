namespace QrTerminal.Core
{
    /// <summary>Randomness for backoff jitter (so a hospital's stands do not retry in lockstep after an outage).</summary>
    public interface IRandom
    {
        /// <summary>A value in [0, <paramref name="maxExclusive"/>); 0 when maxExclusive is 0 or less.</summary>
        int Next(int maxExclusive);
    }
}
