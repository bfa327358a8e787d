namespace QrTerminal.Core
{
    /// <summary>
    /// Exponential backoff with "equal jitter": after the n-th consecutive failure the delay is
    /// d = min(cap, initial * 2^(n-1)), drawn uniformly from [d/2, d]. Never below half the initial delay, never above the cap,
    /// and random enough that many stands do not hammer a recovering gateway in lockstep.
    /// </summary>
    public sealed class Backoff
    {
        private readonly int _initialMs;
        private readonly int _maxMs;
        private readonly IRandom _random;
        private int _failures;

        /// <summary>Creates a backoff; <paramref name="maxMs"/> below <paramref name="initialMs"/> is raised to it.</summary>
        public Backoff(int initialMs, int maxMs, IRandom random)
        {
            _initialMs = initialMs < 1 ? 1 : initialMs;
            _maxMs = maxMs < _initialMs ? _initialMs : maxMs;
            _random = random;
        }

        /// <summary>Consecutive failures since the last <see cref="Reset"/>.</summary>
        public int Failures
        {
            get { return _failures; }
        }

        /// <summary>Records a failure and returns how long to wait before the next attempt, in ms.</summary>
        public int NextDelayMs()
        {
            _failures++;
            long d = _initialMs;
            for (int i = 1; i < _failures && d < _maxMs; i++)
            {
                d *= 2;
            }

            if (d > _maxMs)
            {
                d = _maxMs;
            }

            int half = (int)(d / 2);
            return half + _random.Next((int)d - half + 1);
        }

        /// <summary>Back to the first delay after a success.</summary>
        public void Reset()
        {
            _failures = 0;
        }
    }
}
