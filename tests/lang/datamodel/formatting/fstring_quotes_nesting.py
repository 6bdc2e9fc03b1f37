# f-strings nested in f-strings using different quotes, and dict/str access inside.
user = {'name': 'Ana', 'langs': ['py', 'c']}
print(f"{user['name']} knows {', '.join(user['langs'])}")
print(f'{user["name"]!r:>8}', f"""{f'{user["name"]:*^9}'}""", f'''{"'" + user["name"] + "'"}''')
print(f"{'nested ' + f'{1 + 1}' + ' level'}", f'{f"{3:>4}"}')
n = 3
print(f'{"=" * n}{n}{"=" * n}', f'{[f"{i}:{i * i}" for i in range(n)]}')
print(f'{{}}{n}{{', f'{{{n}}}', f'{n!r}{{n}}', f'{ n }', f'{n }', f'{ n:>3}')
