using System;
using QrTerminal.Qr;

namespace QrTerminal.Core
{
    /// <summary>
    /// Where and how big a QR goes on a panel. Rules: the largest whole-pixel module size that fits the square
    /// area; at that size the quiet zone is 4 modules when it fits, else the widest of 3 or 2; then ECC is raised
    /// (never below L) as far as the same version budget allows.
    /// </summary>
    public sealed class QrPlacement
    {
        /// <summary>Smallest quiet zone we accept (ISO asks 4; 2 still scans reliably).</summary>
        public const int MinQuietZone = 2;

        private QrPlacement()
        {
        }

        /// <summary>QR version 1..40.</summary>
        public int Version { get; private set; }

        /// <summary>Error correction level.</summary>
        public QrErrorCorrection Ecc { get; private set; }

        /// <summary>Quiet zone in modules on each side.</summary>
        public int QuietZone { get; private set; }

        /// <summary>Pixels per module.</summary>
        public int ModulePx { get; private set; }

        /// <summary>Module edge in millimetres (ModulePx × panel pitch).</summary>
        public double ModuleMm { get; private set; }

        /// <summary>Modules per side (17 + 4 × Version).</summary>
        public int Modules { get { return 17 + 4 * Version; } }

        /// <summary>Pixels per side including the quiet zone.</summary>
        public int TotalPx { get { return (Modules + 2 * QuietZone) * ModulePx; } }

        /// <summary>
        /// Chooses the placement for <paramref name="payload"/> in a square of <paramref name="side"/> pixels,
        /// or returns null when it does not fit even at 1 px per module with a 2-module quiet zone.
        /// </summary>
        public static QrPlacement Choose(string payload, int side, double pitchMm)
        {
            if (payload == null)
            {
                throw new ArgumentNullException("payload");
            }
            if (side < 21 + 2 * MinQuietZone)
            {
                throw new ArgumentOutOfRangeException("side");
            }
            for (int px = side / (21 + 2 * MinQuietZone); px >= 1; px--)
            {
                int modules = side / px;
                int maxVersion = MaxVersion(modules - 2 * MinQuietZone);
                if (maxVersion < 1)
                {
                    continue;
                }
                int v = QrEncoder.MinimumVersion(payload, QrErrorCorrection.L, 1, maxVersion);
                if (v < 0)
                {
                    continue;
                }
                // Module size fixed. Prefer the full quiet zone, then the strongest ECC within it.
                for (int quiet = 4; quiet >= MinQuietZone; quiet--)
                {
                    int budget = MaxVersion(modules - 2 * quiet);
                    if (budget < 1)
                    {
                        continue;
                    }
                    for (int e = (int)QrErrorCorrection.H; e >= (int)QrErrorCorrection.L; e--)
                    {
                        int ev = QrEncoder.MinimumVersion(payload, (QrErrorCorrection)e, 1, budget);
                        if (ev > 0)
                        {
                            QrPlacement p = new QrPlacement();
                            p.Version = ev;
                            p.Ecc = (QrErrorCorrection)e;
                            p.QuietZone = quiet;
                            p.ModulePx = px;
                            p.ModuleMm = px * pitchMm;
                            return p;
                        }
                    }
                }
            }
            return null;
        }

        /// <summary>Encodes <paramref name="payload"/> exactly as placed (fixed version and ECC, best mask).</summary>
        public QrCode Encode(string payload)
        {
            QrEncodeOptions o = new QrEncodeOptions();
            o.Ecc = Ecc;
            o.MinVersion = Version;
            o.MaxVersion = Version;
            o.Mask = -1;
            o.BoostEcc = false;
            return QrEncoder.Encode(payload, o);
        }

        /// <summary>"L", "M", "Q" or "H" (Enum.ToString is not readable on the device).</summary>
        public string EccLetter
        {
            get
            {
                switch (Ecc)
                {
                    case QrErrorCorrection.M:
                        return "M";
                    case QrErrorCorrection.Q:
                        return "Q";
                    case QrErrorCorrection.H:
                        return "H";
                    default:
                        return "L";
                }
            }
        }

        private static int MaxVersion(int modules)
        {
            int v = (modules - 17) / 4;
            return v > 40 ? 40 : v;
        }
    }
}
