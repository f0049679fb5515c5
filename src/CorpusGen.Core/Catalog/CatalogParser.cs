using System;
using System.Collections.Generic;
using CorpusGen.Core.Model;
using CorpusGen.Core.Names;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Catalog
{
    /// <summary>
    /// Reads the entity catalog (JSON, see <c>catalog.schema.json</c>). Never throws on bad input:
    /// every problem becomes a located diagnostic and every entry that is still sound is kept, so a
    /// typo in one entity does not take the whole corpus away from the user.
    /// </summary>
    public static class CatalogParser
    {
        private static readonly HashSet<string> ReservedMemberNames = new HashSet<string>(StringComparer.Ordinal)
        {
            // Members the generated Entities class already has.
            "All", "Find",
        };

        private static readonly HashSet<string> CSharpKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>
        /// <see cref="Parse"/>, except that a defect in the parser costs only the catalog's content:
        /// the catalog comes back empty with a CG0004 error on line 1 naming the failure, and the
        /// articles are still generated and checked. Hosts call this one (see
        /// <see cref="ArticleExtractor.ExtractOrReport"/> for why).
        /// </summary>
        public static CatalogSpec ParseOrReport(string path, string text)
        {
            try
            {
                return Parse(path, text);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var diagnostic = CorpusDiagnostic.Create(
                    CorpusDiagnosticRules.MalformedCatalog.Id, new LineMap(text).Locate(0, 0),
                    "CorpusGen could not read it (" + exception.GetType().Name + ": " + exception.Message + ")");
                return new CatalogSpec(path, EquatableArray<EntitySpec>.Empty, EquatableArray<string>.Empty, new[] { diagnostic }.ToEquatableArray());
            }
        }

        /// <summary>Parses the catalog at <paramref name="path"/> with content <paramref name="text"/>.</summary>
        public static CatalogSpec Parse(string path, string text)
        {
            if (ArticleExtractor.FailOnPathsContainingForTests is { } marker && path.Contains(marker)) throw new InvalidOperationException("Failure injected by a test.");
            var lines = new LineMap(text);
            var diagnostics = new List<CorpusDiagnostic>();
            var entities = new List<EntitySpec>();
            var ignore = new List<string>();

            void Report(CorpusDiagnosticRule rule, int start, int end, params string[] args)
                => diagnostics.Add(CorpusDiagnostic.Create(rule.Id, lines.Locate(start, Math.Max(0, end - start)), args));

            JsonNode root;
            try
            {
                root = JsonNode.Parse(text);
            }
            catch (JsonSyntaxException error)
            {
                Report(CorpusDiagnosticRules.MalformedCatalog, error.Offset, Math.Min(text.Length, error.Offset + 1), error.Message);
                return new CatalogSpec(path, EquatableArray<EntitySpec>.Empty, EquatableArray<string>.Empty, diagnostics.ToEquatableArray());
            }

            if (root.Kind != JsonKind.Object)
            {
                Report(CorpusDiagnosticRules.MalformedCatalog, root.Start, root.End, "the catalog must be a JSON object with an \"entities\" array");
                return new CatalogSpec(path, EquatableArray<EntitySpec>.Empty, EquatableArray<string>.Empty, diagnostics.ToEquatableArray());
            }

            var idsSeen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            var namesSeen = new Dictionary<string, string>(StringComparer.Ordinal);
            var sawEntities = false;
            foreach (var property in root.Properties)
            {
                switch (property.Key.Text)
                {
                    case "entities" when property.Value.Kind == JsonKind.Array:
                        sawEntities = true;
                        foreach (var item in property.Value.Items)
                        {
                            var entity = ReadEntity(item, lines, Report);
                            if (entity is null) continue;
                            if (idsSeen.TryGetValue(entity.Id, out var first))
                            {
                                Report(CorpusDiagnosticRules.DuplicateEntityId, item.Start, item.End, entity.Id, first.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                                continue;
                            }
                            idsSeen.Add(entity.Id, entity.Span);
                            entities.Add(KeepUnclaimedAliases(entity, item, namesSeen, Report));
                        }
                        break;
                    case "entities":
                        Report(CorpusDiagnosticRules.MalformedCatalog, property.Value.Start, property.Value.End, "\"entities\" must be an array");
                        sawEntities = true;
                        break;
                    case "ignore" when property.Value.Kind == JsonKind.Array:
                        foreach (var item in property.Value.Items)
                        {
                            if (item.Kind == JsonKind.String && !string.IsNullOrWhiteSpace(item.Text)) ignore.Add(item.Text!.Trim());
                            else Report(CorpusDiagnosticRules.MalformedCatalog, item.Start, item.End, "\"ignore\" entries must be non-empty strings");
                        }
                        break;
                    case "ignore":
                        Report(CorpusDiagnosticRules.MalformedCatalog, property.Value.Start, property.Value.End, "\"ignore\" must be an array of strings");
                        break;
                }
            }

            if (!sawEntities)
            {
                Report(CorpusDiagnosticRules.MalformedCatalog, root.Start, Math.Min(root.End, root.Start + 1), "the catalog has no \"entities\" array");
            }

            return new CatalogSpec(path, entities.ToEquatableArray(), ignore.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        private static EntitySpec? ReadEntity(JsonNode item, LineMap lines, Action<CorpusDiagnosticRule, int, int, string[]> report)
        {
            if (item.Kind != JsonKind.Object)
            {
                report(CorpusDiagnosticRules.MalformedCatalog, item.Start, item.End, new[] { "each entity must be a JSON object" });
                return null;
            }

            string? id = null, name = null, description = null, externalId = null, role = null;
            EntityKind? kind = null;
            var aliases = new List<string>();
            var valid = true;

            void Fail(JsonNode node, string message)
            {
                report(CorpusDiagnosticRules.MalformedCatalog, node.Start, node.End, new[] { message });
                valid = false;
            }

            string? ReadString(JsonNode node, string field)
            {
                if (node.Kind == JsonKind.String && !string.IsNullOrWhiteSpace(node.Text)) return node.Text!.Trim();
                Fail(node, $"\"{field}\" must be a non-empty string");
                return null;
            }

            foreach (var property in item.Properties)
            {
                var value = property.Value;
                switch (property.Key.Text)
                {
                    case "id":
                        id = ReadString(value, "id");
                        if (id is not null && !IsValidIdentifier(id))
                        {
                            Fail(value, $"id '{id}' is not a usable C# identifier (letters, digits and '_', not starting with a digit, not a keyword, not 'All' or 'Find')");
                            id = null;
                        }
                        break;
                    case "name":
                        name = ReadString(value, "name");
                        break;
                    case "kind":
                        var kindText = ReadString(value, "kind");
                        if (kindText is not null)
                        {
                            if (Enum.TryParse<EntityKind>(kindText, ignoreCase: false, out var parsed) && Enum.IsDefined(typeof(EntityKind), parsed)) kind = parsed;
                            else Fail(value, $"kind '{kindText}' is not one of Person, Organization, Country, Place, Other");
                        }
                        break;
                    case "aliases":
                        if (value.Kind != JsonKind.Array) { Fail(value, "\"aliases\" must be an array of strings"); break; }
                        foreach (var alias in value.Items)
                        {
                            var aliasText = ReadString(alias, "aliases[]");
                            if (aliasText is not null) aliases.Add(aliasText);
                        }
                        break;
                    case "description":
                        description = ReadString(value, "description");
                        break;
                    case "externalId":
                        externalId = ReadString(value, "externalId");
                        break;
                    case "role":
                        role = ReadString(value, "role");
                        break;
                }
            }

            if (id is null && valid) Fail(item, "an entity needs an \"id\"");
            if (name is null && valid) Fail(item, $"entity '{id}' needs a \"name\"");
            if (kind is null && valid) Fail(item, $"entity '{id}' needs a \"kind\"");
            if (!valid || id is null || name is null || kind is null) return null;

            return new EntitySpec(id, kind.Value, name, aliases.ToEquatableArray(), description, externalId, role, lines.Locate(item.Start, item.End - item.Start));
        }

        // Two entities answering to one name would make every mention of it a coin toss: the first
        // entity keeps the name and the later claim is reported where it stands. Spelling variants of
        // one entity's own names are not conflicts and are all kept as the user wrote them.
        private static EntitySpec KeepUnclaimedAliases(
            EntitySpec entity, JsonNode item, Dictionary<string, string> namesSeen, Action<CorpusDiagnosticRule, int, int, string[]> report)
        {
            var kept = new List<string>();
            var ownKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in entity.AllNames)
            {
                var key = NameNormalizer.MatchKey(name);
                if (namesSeen.TryGetValue(key, out var owner) && owner != entity.Id)
                {
                    var node = FindStringNode(item, name) ?? item;
                    report(CorpusDiagnosticRules.AliasConflict, node.Start, node.End, new[] { name, entity.Id, owner });
                    continue;
                }
                if (key.Length > 0 && ownKeys.Add(key)) namesSeen[key] = entity.Id;
                if (!ReferenceEquals(name, entity.Name) && !kept.Contains(name)) kept.Add(name);
            }
            return kept.Count == entity.Aliases.Count ? entity : entity with { Aliases = kept.ToEquatableArray() };
        }

        private static JsonNode? FindStringNode(JsonNode item, string value)
        {
            foreach (var property in item.Properties)
            {
                if (property.Value.Kind == JsonKind.String && property.Value.Text?.Trim() == value) return property.Value;
                foreach (var element in property.Value.Items)
                {
                    if (element.Kind == JsonKind.String && element.Text?.Trim() == value) return element;
                }
            }
            return null;
        }

        private static bool IsValidIdentifier(string id)
        {
            if (id.Length == 0 || char.IsDigit(id[0]) || CSharpKeywords.Contains(id) || ReservedMemberNames.Contains(id)) return false;
            foreach (var c in id)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
            }
            return true;
        }
    }
}
