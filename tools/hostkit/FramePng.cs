using QrTerminal.Drivers;

namespace QrTerminal.HostKit
{
    /// <summary>PNG export of a panel frame: light pixels (lit OLED, white e-paper) are white, one panel pixel per PNG pixel times zoom.</summary>
    public static class FramePng
    {
        /// <summary>Encodes the frame's logical image.</summary>
        public static byte[] Encode(FrameBuffer frame, int zoom = 1)
        {
            return Png.Encode(frame.Width, frame.Height, (x, y) => !frame.GetPixel(x, y), zoom);
        }
    }
}
