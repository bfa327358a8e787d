// Host adapter: lets tests written against nanoFramework.TestFramework (tests/portable) run under MSTest.
// The same sources compile on the device against the real TestFramework (see tools/nfcheck and tests/NFUnitTest).
using System;
using System.Collections;
using System.Reflection;
using System.Threading.Tasks;
using Ms = Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a test class (maps to MSTest's [TestClass]).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public sealed class TestClassAttribute : Ms.TestClassAttribute
    {
    }

    /// <summary>
    /// Marks a test. Runs like nanoFramework's runner: a fresh instance, its [Setup] methods, the test,
    /// then its [Cleanup] methods.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class TestMethodAttribute : Ms.TestMethodAttribute
    {
        public TestMethodAttribute(
            [System.Runtime.CompilerServices.CallerFilePath] string callerFilePath = "",
            [System.Runtime.CompilerServices.CallerLineNumber] int callerLineNumber = -1)
            : base(callerFilePath, callerLineNumber)
        {
        }

        public override Task<Ms.TestResult[]> ExecuteAsync(Ms.ITestMethod testMethod)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = new Ms.TestResult { Outcome = Ms.UnitTestOutcome.Passed };
            object instance = null;
            try
            {
                MethodInfo method = testMethod.MethodInfo;
                instance = method.IsStatic ? null : Activator.CreateInstance(method.DeclaringType);
                RunMarked(instance, method.DeclaringType, typeof(SetupAttribute));
                method.Invoke(instance, testMethod.Arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is SkipTestException)
            {
                result.Outcome = Ms.UnitTestOutcome.Inconclusive;
            }
            catch (TargetInvocationException e)
            {
                result.Outcome = Ms.UnitTestOutcome.Failed;
                result.TestFailureException = e.InnerException ?? e;
            }
            catch (Exception e)
            {
                result.Outcome = Ms.UnitTestOutcome.Failed;
                result.TestFailureException = e;
            }
            finally
            {
                try
                {
                    RunMarked(instance, testMethod.MethodInfo.DeclaringType, typeof(CleanupAttribute));
                }
                catch (Exception e) when (result.Outcome == Ms.UnitTestOutcome.Passed)
                {
                    result.Outcome = Ms.UnitTestOutcome.Failed;
                    result.TestFailureException = e;
                }
            }
            result.Duration = watch.Elapsed;
            return Task.FromResult(new[] { result });
        }

        private static void RunMarked(object instance, Type type, Type attribute)
        {
            foreach (MethodInfo m in type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public))
            {
                if (m.GetCustomAttribute(attribute) == null) continue;
                try
                {
                    m.Invoke(m.IsStatic ? null : instance, null);
                }
                catch (TargetInvocationException e) when (e.InnerException != null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                }
            }
        }
    }

    /// <summary>Runs before the tests of its class.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class SetupAttribute : Attribute
    {
    }

    /// <summary>Runs after the tests of its class.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class CleanupAttribute : Attribute
    {
    }

    /// <summary>One row of arguments for a data-driven test.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class DataRowAttribute : Ms.DataRowAttribute
    {
        public DataRowAttribute(params object[] methodParameters) : base(methodParameters)
        {
        }
    }

    /// <summary>Thrown by Assert.SkipTest.</summary>
    public class SkipTestException : Exception
    {
        public SkipTestException() { }
        public SkipTestException(string message) : base(message) { }
    }

    /// <summary>Writes test output.</summary>
    public static class OutputHelper
    {
        public static void WriteLine(string message) => Console.WriteLine(message);
        public static void Write(string message) => Console.Write(message);
    }

    /// <summary>The nanoFramework.TestFramework Assert surface, delegating to MSTest.</summary>
    public static class Assert
    {
        public static void AreEqual(object expected, object actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(bool expected, bool actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(char expected, char actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(byte expected, byte actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(short expected, short actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(ushort expected, ushort actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(int expected, int actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(uint expected, uint actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(long expected, long actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(ulong expected, ulong actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(float expected, float actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(double expected, double actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(string expected, string actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(TimeSpan expected, TimeSpan actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreNotEqual(object notExpected, object actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(int notExpected, int actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(long notExpected, long actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(string notExpected, string actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreSame(object expected, object actual, string message = "") => Ms.Assert.AreSame(expected, actual, message);
        public static void AreNotSame(object notExpected, object actual, string message = "") => Ms.Assert.AreNotSame(notExpected, actual, message);
        public static void IsTrue(bool condition, string message = "") => Ms.Assert.IsTrue(condition, message);
        public static void IsFalse(bool condition, string message = "") => Ms.Assert.IsFalse(condition, message);
        public static void IsNull(object value, string message = "") => Ms.Assert.IsNull(value, message);
        public static void IsNotNull(object value, string message = "") => Ms.Assert.IsNotNull(value, message);
        public static void IsInstanceOfType(object value, Type expectedType, string message = "") => Ms.Assert.IsInstanceOfType(value, expectedType, message);
        public static void Contains(string expected, string actual, string message = "") => Ms.Assert.Contains(expected, actual, message);
        public static void DoesNotContains(string expected, string actual, string message = "") => Ms.Assert.DoesNotContain(expected, actual, message);
        public static void StartsWith(string expected, string actual, string message = "") => Ms.Assert.StartsWith(expected, actual, message);
        public static void EndsWith(string expected, string actual, string message = "") => Ms.Assert.EndsWith(expected, actual, message);
        public static void Fail(string message = "") => Ms.Assert.Fail(message);
        public static void SkipTest(string message = "") => throw new SkipTestException(message);

        /// <summary>Passes only if <paramref name="action"/> throws exactly <paramref name="exceptionType"/>.</summary>
        public static void ThrowsException(Type exceptionType, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                if (e.GetType() != exceptionType)
                {
                    Ms.Assert.Fail($"Expected {exceptionType.Name} but got {e.GetType().Name}: {e.Message}. {message}");
                }
                return;
            }
            Ms.Assert.Fail($"Expected {exceptionType.Name} but nothing was thrown. {message}");
        }
    }

    /// <summary>The nanoFramework.TestFramework CollectionAssert surface.</summary>
    public static class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "") => Ms.CollectionAssert.AreEqual(expected, actual, message);
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "") => Ms.CollectionAssert.AreNotEqual(notExpected, actual, message);
        public static void Empty(ICollection collection, string message = "") => Ms.Assert.AreEqual(0, collection.Count, message);
        public static void NotEmpty(ICollection collection, string message = "") => Ms.Assert.AreNotEqual(0, collection.Count, message);
    }
}
