# A course registry: sets of student ids, capacity errors, waitlists and enrollment summaries.
class CourseFull(Exception):
    pass
class Course:
    def __init__(self, code, capacity):
        self.code, self.capacity = code, capacity
        self.enrolled = set()
        self.waitlist = []
    def enroll(self, sid):
        if sid in self.enrolled:
            return 'already'
        if len(self.enrolled) >= self.capacity:
            self.waitlist.append(sid)
            raise CourseFull(f'{self.code} is full ({self.capacity}); {sid} waitlisted at #{len(self.waitlist)}')
        self.enrolled.add(sid)
        return 'ok'
    def drop(self, sid):
        self.enrolled.remove(sid)
        if self.waitlist:
            self.enrolled.add(self.waitlist.pop(0))
courses = {c.code: c for c in [Course('MATH1', 2), Course('CS1', 3), Course('ART', 1)]}
requests = [(101, 'MATH1'), (102, 'MATH1'), (103, 'MATH1'), (101, 'CS1'), (104, 'ART'), (105, 'ART'),
            (101, 'MATH1'), (106, 'BIO')]
for sid, code in requests:
    try:
        print(sid, code, courses[code].enroll(sid))
    except CourseFull as e:
        print('full:', e)
    except KeyError as e:
        print('no course', e)
for sid, code in [(101, 'MATH1'), (999, 'CS1')]:
    try:
        courses[code].drop(sid)
        print('dropped', sid, 'from', code)
    except KeyError as e:
        print('not enrolled:', e)
for c in courses.values():
    print(f'{c.code:<6} {sorted(c.enrolled)} wait={c.waitlist} {len(c.enrolled)}/{c.capacity}')
everyone = set().union(*(c.enrolled for c in courses.values()))
print(sorted(everyone), {sid: sorted(c.code for c in courses.values() if sid in c.enrolled) for sid in sorted(everyone)})
