using System;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Names
{
    /// <summary>
    /// Keys of recently seen ASCII words, looked up by the characters in the text so that a word
    /// already seen costs no allocation. News text repeats its vocabulary heavily; without this the
    /// tokenizer allocated two strings per word and spent most of its time in the garbage collector.
    /// One table per thread: the compiler runs generators and analyzers in parallel.
    /// </summary>
    internal static class WordKeyCache
    {
        private const int Size = 4096; // a power of two

        [ThreadStatic]
        private static string?[]? _keys;

        /// <summary>The hash of no characters (FNV-1a's offset basis).</summary>
        public const uint EmptyHash = 2166136261u;

        /// <summary>The hash of a word's lower-cased characters, one step per character (FNV-1a).</summary>
        [MethodImpl(Jit.Inlined)]
        public static uint HashStep(uint hash, char lowerCase) => unchecked((hash ^ lowerCase) * 16777619u);

        [MethodImpl(Jit.Optimized)]
        public static string KeyOf(string text, int start, int length)
        {
            var hash = EmptyHash;
            for (var i = 0; i < length; i++)
            {
                var c = text[start + i];
                if (c >= 128) return NameNormalizer.WordKey(text.Substring(start, length));
                hash = HashStep(hash, ToLower(c));
            }
            return KeyOfAscii(text, start, length, hash);
        }

        /// <summary>
        /// The key of an ASCII word whose <paramref name="hash"/> the caller computed while reading
        /// it (<see cref="HashStep"/> over its lower-cased characters).
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static string KeyOfAscii(string text, int start, int length, uint hash)
        {
            var keys = _keys ??= new string?[Size];
            var slot = (int)(hash & (Size - 1));
            var cached = keys[slot];
            if (cached is not null && SameWord(cached, text, start, length)) return cached;

            var key = NameNormalizer.WordKey(text.Substring(start, length));
            // Romanization variants map to another spelling; those are not cached under this word.
            if (key.Length == length) keys[slot] = key;
            return key;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool SameWord(string key, string text, int start, int length)
        {
            if (key.Length != length) return false;
            for (var i = 0; i < length; i++)
            {
                if (key[i] != ToLower(text[start + i])) return false;
            }
            return true;
        }

        [MethodImpl(Jit.Inlined)]
        private static char ToLower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
}
