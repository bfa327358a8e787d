using System;
using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>Backoff jitter from System.Random (seeded from the tick counter so stands differ after a power cut).</summary>
    internal sealed class DeviceRandom : IRandom
    {
        private readonly Random _random = new Random((int)(Environment.TickCount64 & 0x7FFFFFFF));

        public int Next(int maxExclusive)
        {
            return maxExclusive <= 0 ? 0 : _random.Next(maxExclusive);
        }
    }
}
