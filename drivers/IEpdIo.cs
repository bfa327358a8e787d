namespace QrTerminal.Drivers
{
    /// <summary>
    /// The e-paper side pins beside the SPI bus: RST, BUSY, and a delay. Kept apart from
    /// <see cref="IDisplayBus"/> so OLEDs on I2C need none of it.
    /// </summary>
    public interface IEpdIo
    {
        /// <summary>Pulses RST low (about 10 ms) and waits for the controller to come back.</summary>
        void HardwareReset();

        /// <summary>Waits while BUSY is active. Returns false if it is still busy after <paramref name="timeoutMs"/>.</summary>
        bool WaitWhileBusy(int timeoutMs);

        /// <summary>Sleeps for <paramref name="ms"/> milliseconds.</summary>
        void DelayMs(int ms);
    }
}
