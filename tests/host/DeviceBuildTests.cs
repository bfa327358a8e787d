using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace QrTerminal.Tests
{
    /// <summary>The device build stays honest: nfproj lists cover the folders, and nfcheck rejects non-nanoFramework code.</summary>
    [TestClass]
    public class DeviceBuildTests
    {
        private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

        // Each device project and the source folders it must compile in full.
        public static IEnumerable<object[]> Projects => new[]
        {
            new object[] { "qrencoder/QrTerminal.QrEncoder.nfproj", "qrencoder" },
            new object[] { "drivers/QrTerminal.Drivers.nfproj", "drivers" },
            new object[] { "firmware/core/QrTerminal.Core.nfproj", "firmware/core" },
            new object[] { "firmware/device/QrTerminal.Firmware.nfproj", "firmware/device" },
            new object[] { "tests/NFUnitTest/NFUnitTest.nfproj", "tests/portable" },
        };

        [TestMethod]
        [DynamicData(nameof(Projects))]
        public void NfprojListsExactlyTheFolderSources(string nfproj, string folder)
        {
            string projPath = RepoPaths.Combine(nfproj);
            string projDir = Path.GetDirectoryName(projPath);
            var listed = XDocument.Load(projPath).Descendants(Msb + "Compile")
                .Select(e => Path.GetFullPath(Path.Combine(projDir, e.Attribute("Include").Value.Replace('\\', '/'))))
                .ToHashSet();
            var onDisk = Directory.GetFiles(RepoPaths.Combine(folder), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
                .Select(Path.GetFullPath)
                .ToHashSet();
            CollectionAssert.AreEquivalent(onDisk.OrderBy(x => x).ToList(), listed.OrderBy(x => x).ToList(),
                $"{nfproj} must list every .cs file in {folder} (the host build globs the folder; the device build uses the list)");
        }

        [TestMethod]
        [DynamicData(nameof(Projects))]
        public void PackagesConfigPinsCoreLibrary117(string nfproj, string folder)
        {
            string config = Path.Combine(Path.GetDirectoryName(RepoPaths.Combine(nfproj)), "packages.config");
            var packages = XDocument.Load(config).Root.Elements("package")
                .ToDictionary(p => p.Attribute("id").Value, p => p.Attribute("version").Value);
            Assert.AreEqual("1.17.11", packages["nanoFramework.CoreLibrary"], folder);
            string proj = File.ReadAllText(RepoPaths.Combine(nfproj));
            foreach (var p in packages)
            {
                StringAssert.Contains(proj, $@"packages\{p.Key}.{p.Value}\lib\", $"{nfproj} must reference {p.Key} {p.Value} from packages.config");
            }
        }

        [TestMethod]
        public void NfCheckRejectsGenericsAndLinq()
        {
            string outDir = Path.Combine(Path.GetTempPath(), "nfcheck-probe-" + Guid.NewGuid().ToString("N"));
            string probe = Path.Combine(outDir, "GenericsProbe.cs");
            Directory.CreateDirectory(outDir);
            File.Copy(RepoPaths.Combine("tests", "host", "probes", "GenericsProbe.cs.txt"), probe);
            try
            {
                var (exit, output) = RunNfCheck($"-p:NfProbe={probe} -p:NfOut={outDir}/");
                Assert.AreNotEqual(0, exit, "nfcheck must fail on a file that uses List<int> and LINQ:\n" + output);
                StringAssert.Contains(output, "GenericsProbe.cs", "the failure must be in the probe file");
                StringAssert.Matches(output, new System.Text.RegularExpressions.Regex("error CS0234|error CS0246"),
                    "the failure must be a missing type or namespace (System.Collections.Generic / System.Linq)");
                Assert.IsFalse(output.Contains("error", StringComparison.Ordinal) &&
                    output.Split('\n').Any(l => l.Contains("error CS") && !l.Contains("GenericsProbe.cs")),
                    "only the probe may fail:\n" + output);
            }
            finally
            {
                Directory.Delete(outDir, true);
            }
        }

        private static (int, string) RunNfCheck(string extraArgs)
        {
            var psi = new ProcessStartInfo("dotnet", $"build \"{RepoPaths.Combine("tools", "nfcheck", "nfcheck.csproj")}\" --nologo -v:q -clp:NoSummary {extraArgs}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepoPaths.Root,
            };
            psi.Environment["MSBUILDNOINPROCNODE"] = "1";
            using var p = Process.Start(psi);
            string stdout = p.StandardOutput.ReadToEndAsync().Result;
            string stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            // Keep assertion messages readable: the distinct error lines, at most 20.
            var lines = (stdout + stderr).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().Take(40);
            return (p.ExitCode, string.Join("\n", lines));
        }
    }
}
