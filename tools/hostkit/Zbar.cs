using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace QrTerminal.HostKit
{
    /// <summary>
    /// Decodes images with zbar's <c>zbarimg</c> (Debian package zbar-tools): an independent, real decoder
    /// for proving our QR output. Raw binary mode, so UTF-8 payloads come back byte for byte.
    /// </summary>
    public static class Zbar
    {
        /// <summary>True when zbarimg is on the PATH.</summary>
        public static bool Available
        {
            get
            {
                foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
                {
                    if (dir.Length > 0 && File.Exists(Path.Combine(dir, "zbarimg"))) return true;
                }
                return false;
            }
        }

        /// <summary>
        /// Decodes the QR Code in a PNG file. Returns the payload decoded as UTF-8, or null when zbar finds no symbol.
        /// Throws when zbarimg is missing (tests must not silently pass without the decoder).
        /// </summary>
        public static string DecodeFile(string path)
        {
            byte[] bytes = DecodeBytes(path);
            return bytes == null ? null : Encoding.UTF8.GetString(bytes);
        }

        /// <summary>Decodes PNG bytes (written to a temporary file).</summary>
        public static string DecodePng(byte[] png)
        {
            string tmp = Path.Combine(Path.GetTempPath(), "zbar-" + Guid.NewGuid().ToString("N") + ".png");
            File.WriteAllBytes(tmp, png);
            try
            {
                return DecodeFile(tmp);
            }
            finally
            {
                File.Delete(tmp);
            }
        }

        /// <summary>The raw decoded bytes, or null when no symbol was found.</summary>
        public static byte[] DecodeBytes(string path)
        {
            if (!Available)
            {
                throw new InvalidOperationException("zbarimg not found: install zbar-tools (apt-get install zbar-tools); .ci/run does this.");
            }
            var psi = new ProcessStartInfo("zbarimg")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add("--quiet");
            psi.ArgumentList.Add("--raw");
            psi.ArgumentList.Add("-Sdisable");
            psi.ArgumentList.Add("-Sqrcode.enable");
            psi.ArgumentList.Add("-Sbinary");
            psi.ArgumentList.Add(path);
            using var p = Process.Start(psi);
            using var ms = new MemoryStream();
            var stderrTask = p.StandardError.ReadToEndAsync();
            p.StandardOutput.BaseStream.CopyTo(ms);
            p.WaitForExit();
            stderrTask.Wait();
            if (p.ExitCode == 4)
            {
                return null; // no symbol found
            }
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"zbarimg failed ({p.ExitCode}) on {path}: {stderrTask.Result}");
            }
            return ms.ToArray();
        }
    }
}
