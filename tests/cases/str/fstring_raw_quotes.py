# In raw f-strings a backslash keeps the quote after it from ending the string (and stays in the text).
print(fr"\'", "\\'")
print(fr'\"', '\\"')
print(fr'\"\'', '\\"\\\'')
print(fr'\'\"', '\\\'\\"')
print(fr'\"\'\"', '\\"\\\'\\"')
print(fr'\'\"\'', '\\\'\\"\\\'')
print(fr'\"\'\"\'', '\\"\\\'\\"\\\'')

print(fr'\{1}', fr'\\', fr'a\\{2}b', rf'''x\'''y''')
print(fr'''line\
next''')
