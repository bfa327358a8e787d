namespace QrTerminal.Drivers
{
    /// <summary>A panel controller: owns a frame buffer in its native layout and sends what changed.</summary>
    public interface IPanelController
    {
        /// <summary>The frame to draw on.</summary>
        FrameBuffer Frame { get; }

        /// <summary>Brings the panel up (OLED: the init sequence; e-paper: forgets RAM state so the next flush is full).</summary>
        void Initialize();

        /// <summary>
        /// Sends the dirty part of the frame and shows it, then clears the dirty marks.
        /// <paramref name="fullRefresh"/> asks e-paper for the flashing full waveform (OLEDs ignore it).
        /// </summary>
        void Flush(bool fullRefresh);
    }
}
