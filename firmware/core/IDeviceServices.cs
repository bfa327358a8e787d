namespace QrTerminal.Core
{
    /// <summary>Platform services the state machine needs beyond network and screen.</summary>
    public interface IDeviceServices
    {
        /// <summary>Firmware version string for events (e.g. "1.0.0").</summary>
        string FirmwareVersion { get; }

        /// <summary>Free managed heap in bytes after a collection (device: nanoFramework.Runtime.Native.GC.Run(false)), or -1.</summary>
        long FreeHeapBytes();

        /// <summary>Sounds the buzzer / flashes the LED once for a confirmed payment. Must not throw or block long.</summary>
        void SignalPaid();

        /// <summary>
        /// Watchdog-style recovery after too many consecutive failures (device: Power.RebootDevice()). On the host it
        /// records the request; the stand keeps running if the call returns.
        /// </summary>
        void Reboot(string reason);
    }
}
