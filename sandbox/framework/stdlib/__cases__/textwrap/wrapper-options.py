import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!  Well-known hyphenated-words break."
for width in (10, 25, 60):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='- ', subsequent_indent='  '))
print(textwrap.wrap('averyveryverylongwordindeed and more', 10, break_long_words=False))
print(textwrap.wrap('well-known state-of-the-art', 6, break_on_hyphens=False))
print(textwrap.wrap('tabs\tand\nnewlines here', 12), textwrap.wrap('a\tb', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=2), textwrap.wrap(text, 20, max_lines=3, placeholder='...'))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11), textwrap.shorten(text, 30, placeholder='~'))
print(textwrap.fill('One. Two three.', 40, fix_sentence_endings=True), textwrap.wrap('  lead and trail  ', 8, drop_whitespace=False))
print(repr(textwrap.dedent('  a\n    b\n\n  c\n')), repr(textwrap.dedent('\ta\n  b')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\n\nb\n', '+ ')), repr(textwrap.indent('a\n\nb', '> ', lambda line: True)))
w = textwrap.TextWrapper(width=15, max_lines=2)
print(w.wrap(text), w.width, w.placeholder)
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError:', e)
try:
    textwrap.shorten(text, 3, placeholder=' [more]')
except ValueError as e:
    print('ValueError:', e)
