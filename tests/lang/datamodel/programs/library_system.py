# A library lending system: sets of members, dicts of loans, exceptions and sorted reports.
class LibraryError(Exception):
    pass
class Book:
    def __init__(self, isbn, title, copies=1):
        self.isbn, self.title, self.copies = isbn, title, copies
        self.out = 0
    @property
    def available(self):
        return self.copies - self.out
class Library:
    def __init__(self):
        self.books = {}
        self.members = set()
        self.loans = {}
    def add_book(self, isbn, title, copies=1):
        self.books[isbn] = Book(isbn, title, copies)
    def join(self, member_id):
        if member_id in self.members:
            raise LibraryError(f'member {member_id} already joined')
        self.members.add(member_id)
    def lend(self, member_id, isbn):
        if member_id not in self.members:
            raise LibraryError(f'unknown member {member_id}')
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f'unknown isbn {isbn}')
        if book.available == 0:
            raise LibraryError(f'{book.title!r} is not available')
        mine = self.loans.setdefault(member_id, [])
        if len(mine) >= 2:
            raise LibraryError(f'member {member_id} has too many loans')
        mine.append(isbn)
        book.out += 1
    def give_back(self, member_id, isbn):
        try:
            self.loans[member_id].remove(isbn)
        except (KeyError, ValueError) as e:
            raise LibraryError(f'{member_id} did not borrow {isbn}') from e
        self.books[isbn].out -= 1
lib = Library()
lib.add_book(101, 'Dune', 2)
lib.add_book(102, 'Emma')
lib.add_book(103, 'Ulysses', 3)
for m in [7, 3, 11, 3]:
    try:
        lib.join(m)
    except LibraryError as e:
        print('error:', e)
actions = [('lend', 7, 101), ('lend', 3, 101), ('lend', 11, 101), ('lend', 7, 102), ('lend', 7, 103),
           ('lend', 5, 103), ('lend', 3, 999), ('return', 3, 102), ('return', 8, 101), ('return', 7, 101),
           ('lend', 11, 101)]
for act, m, isbn in actions:
    try:
        (lib.lend if act == 'lend' else lib.give_back)(m, isbn)
        print(f'{act} {m} {isbn}: ok')
    except LibraryError as e:
        print(f'{act} {m} {isbn}: {e}' + (f' [{type(e.__cause__).__name__}]' if e.__cause__ else ''))
print(sorted(lib.members), {m: l for m, l in sorted(lib.loans.items())})
for b in lib.books.values():
    print(f'{b.isbn} {b.title:<8} {b.available}/{b.copies}')
