namespace CorpusGen.Core.Model
{
    /// <summary>
    /// A problem found in a corpus file, as plain data: the id of a rule in
    /// <see cref="CorpusDiagnosticRules"/>, the message arguments and where it is. The analyzer turns
    /// it into a Roslyn diagnostic; the core never depends on Roslyn.
    /// </summary>
    public sealed record CorpusDiagnostic(string Id, SourceSpan Span, EquatableArray<string> Arguments)
    {
        /// <summary>Creates a diagnostic with its message arguments.</summary>
        public static CorpusDiagnostic Create(string id, SourceSpan span, params string[] arguments)
            => new CorpusDiagnostic(id, span, new EquatableArray<string>(arguments));

        /// <summary>The message with its arguments filled in.</summary>
        public string FormatMessage()
        {
            var rule = CorpusDiagnosticRules.Find(Id);
            var args = new object[Arguments.Count];
            for (var i = 0; i < args.Length; i++) args[i] = Arguments[i];
            return rule is null ? Id : string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.MessageFormat, args);
        }
    }
}
