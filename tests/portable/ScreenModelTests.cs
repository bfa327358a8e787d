using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    [TestClass]
    public class ScreenModelTests
    {
        private ScreenModel _model;

        [Setup]
        public void Setup()
        {
            _model = new ScreenModel();
        }

        [TestMethod]
        public void CountdownIsUnknownUntilSet()
        {
            Assert.AreEqual(-1, _model.SecondsLeft);
            Assert.IsNull(_model.QrPayload, "a fresh screen must not carry a QR");
            Assert.IsFalse(_model.Offline);
        }
    }
}
