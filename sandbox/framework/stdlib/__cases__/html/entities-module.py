from html.entities import name2codepoint, codepoint2name, html5, entitydefs
import html.entities
print(name2codepoint['eacute'], codepoint2name[233], html5['amp;'], html5['amp'], html5['hellip;'], entitydefs['amp'], entitydefs['hellip'])
print(name2codepoint['rArr'], 'check' in name2codepoint, html5['check;'], 'AMP' in name2codepoint, html5['AMP'])
