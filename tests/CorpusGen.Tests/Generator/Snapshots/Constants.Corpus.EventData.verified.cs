        private static class EventData
        {
            internal static readonly Event[] Events;

            static EventData()
            {
                var articles = Data.Articles;
                Events = Event.Decode(articles, 10,
                    // Past the event table's share of CorpusGenStringLiteralBudget: see EventTables.
                    (string)typeof(EventTables).GetField("Packed", global::System.Reflection.BindingFlags.Static | global::System.Reflection.BindingFlags.NonPublic)!.GetRawConstantValue()!);
                Linker.Link(Events);
            }

            // Read once through reflection, never loaded as literals: as constants these tables live in
            // the assembly's blob heap, not in its 16 MB string heap (CS8103).
            private static class EventTables
            {
                // Kind, date, participants, place and sources of each event, packed (see PackedReader).
                internal const string Packed = "ꙁꂽ앫粕誡긃뜐只쀂祈席敹軿嘡쓠粕ꖷ坴윥仂먱阬긁뜐只쀂祈娭梵濺ꉡ뛕匏鴤搆鈰丨ꗺ띴ꂿ樫乎桗窒뙁꛺卣먀ꂿ쵫粕樢噗저痤嘩旸吴丩쵠粕ꗻ坴以숁榭藁먄ꂿ쵫粕価눁싴厫옄ꂿ췋粕仁鉁뙿樵亁ꠔ齴ꃐ别嘠鸱阮丁ꢴ齴ꃕ剋唉몂멼厍셤蕣帬ꒀ粖ꢴ却刂뤄釤叁";
            }
        }

