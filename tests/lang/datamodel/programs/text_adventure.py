# A text adventure as a state machine: rooms in dicts, an inventory set, scripted commands.
rooms = {
    'hall': {'desc': 'a dusty hall', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'shelves of books', 'exits': {'south': 'hall'}, 'items': ['key', 'book']},
    'kitchen': {'desc': 'a cold kitchen', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': []},
    'cellar': {'desc': 'darkness', 'exits': {'up': 'kitchen'}, 'items': ['treasure'], 'locked': True},
}
class GameOver(Exception):
    pass
class Game:
    def __init__(self):
        self.room = 'hall'
        self.inventory = []
        self.moves = 0
    def do(self, command):
        verb, _, noun = command.partition(' ')
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(noun)
    def cmd_look(self, _):
        r = rooms[self.room]
        items = ', '.join(r['items']) or 'nothing'
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see {items}."
    def cmd_go(self, direction):
        target = rooms[self.room]['exits'].get(direction)
        if target is None:
            return 'You cannot go that way.'
        if rooms[target].get('locked') and 'key' not in self.inventory:
            return 'The door is locked.'
        if target == 'cellar' and 'lamp' not in self.inventory:
            raise GameOver('eaten by a grue')
        self.room = target
        return self.cmd_look('')
    def cmd_take(self, item):
        items = rooms[self.room]['items']
        if item not in items:
            return f'There is no {item} here.'
        items.remove(item)
        self.inventory.append(item)
        if item == 'treasure':
            raise GameOver('you win')
        return f'Taken: {item}. Carrying {sorted(self.inventory)}.'
script = ['look', 'go west', 'take lamp', 'dance', 'go east', 'go down', 'go west', 'go north',
          'take key', 'take sword', 'go south', 'go east', 'go down', 'take treasure', 'look']
g = Game()
try:
    for cmd in script:
        print(f'> {cmd}')
        print(g.do(cmd))
except GameOver as end:
    print(f'*** {end} after {g.moves} moves ***')
print(g.room, g.inventory, {name: len(r['items']) for name, r in rooms.items()})
