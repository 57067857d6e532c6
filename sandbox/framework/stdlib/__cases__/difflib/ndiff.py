import difflib
import pprint

cases = [
    (["[<Question: New one>, <Question: Old one>]"], ["[<Question: Old one>, <Question: New one>]"]),
    (["one", "two", "three"], ["one", "tree", "three", "four"]),
    (["apple pie", "banana split"], ["apple tart", "banana split", "cherry"]),
    (["a\tb c", "x"], ["a\tb  d", "y"]),
    (["totally", "different"], ["nothing", "alike", "here"]),
    (["same", "lines"], ["same", "lines"]),
    (pprint.pformat({"name": "Asha", "age": 20, "city": "Pune"}).splitlines(), pprint.pformat({"name": "Asha", "age": 21, "city": "Pune"}).splitlines()),
    ([], ["new"]),
    (["gone"], []),
    (["abcdefghij", "klmnop"], ["abcdefghij", "klmnoq", "abcdefghik"]),
]
for a, b in cases:
    print(repr(list(difflib.ndiff(a, b))))
    print("\n".join(difflib.ndiff(a, b)))

text_a = "The quick brown fox\njumps over\nthe lazy dog\n".splitlines(True)
text_b = "The quick brown cat\njumps over\nthe lazy dogs\n".splitlines(True)
print("".join(difflib.ndiff(text_a, text_b)))

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("IndexVeiw", ["IndexView", "DetailView", "index"], n=1))
long_a = "x" * 150 + "abc" * 30
long_b = "x" * 149 + "abd" * 30
print(round(difflib.SequenceMatcher(None, long_a, long_b).ratio(), 4))
print(round(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio(), 4))
