        private static class EventData
        {
            internal static readonly Event[] Events;

            static EventData()
            {
                var articles = Data.Articles;
                Events = Event.Decode(articles, 11,
                    // Past the event table's share of CorpusGenStringLiteralBudget: see EventTables.
                    (string)typeof(EventTables).GetField("Packed", global::System.Reflection.BindingFlags.Static | global::System.Reflection.BindingFlags.NonPublic)!.GetRawConstantValue()!);
                Linker.Link(Events);
            }

            // Read once through reflection, never loaded as literals: as constants these tables live in
            // the assembly's blob heap, not in its 16 MB string heap (CS8103).
            private static class EventTables
            {
                // Kind, date, participants, place and sources of each event, packed (see PackedReader).
                internal const string Packed = "ꙁꂽ앫粕誡긃뜐只쀂祈席敹軿嘡쓠粕ꖷ坴윥伂먱阬긁뜐只뱠懨福쀂祈嘭瓛芟孜恱员娦梵濺늁軓吅匑쵀粕ꗺ却忇飠恆丫棚窸嚔浚究鉁껾꽥七ꗻ뭴ꂿ剋壧踂쪞匩촂钅匡먀ꂿ쵫粕檢丠쎽옦亍ꗻ뭴ꂿ舫丠沙荽亁ꗾ이ꂿ昫嘠己咺帧邀粖ꠔ却刁吢叔串ꒀ粖ꢴ坴꼡帡嶛羻亁ꢴ齴ꃕ嘫帠慘吟娮ꒀ粖ꢴ坴仡몁멼厍";
            }
        }

