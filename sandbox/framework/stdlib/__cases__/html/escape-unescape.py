import html
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<b>"q"</b>', quote=False), html.escape("it's", False))
print(html.unescape('&lt;p&gt; &amp;amp; &quot;hi&quot; &#39;s&#x27; &copy; &eacute;t&eacute;'))
print(html.unescape('&copy2024 &amp &ampx &nosuch; &euro;5 &hellip; &mdash; &rarr; &alpha;&Omega;'))
print(repr(html.unescape('&#0; &#128; &#x80; &#xD800; &#1114112; &#65; &#x1F600; &#13; &#1;')))
print(html.unescape('no entities'), html.unescape('&'), html.unescape('&#'), html.unescape('&#x;'))
print(html.unescape('&lt&gt&quot'), html.unescape('&nbsp;') == '\xa0', html.unescape('&check; &starf;'))
try:
    html.escape(5)
except AttributeError as e:
    print(type(e).__name__, e)
