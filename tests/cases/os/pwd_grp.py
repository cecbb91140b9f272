# pwd and grp: entries as struct sequences, lookups by id and name, KeyError for missing entries.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(type(root).__name__, len(root), root.pw_name, root.pw_uid, root[2], root.pw_dir)
print(pwd.getpwnam(root.pw_name) == root, root in pwd.getpwall())
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields)
print(all(isinstance(e, pwd.struct_passwd) for e in pwd.getpwall()))
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), isinstance(me.pw_shell, str))

group = grp.getgrgid(0)
print(type(group).__name__, len(group), group.gr_gid, type(group.gr_mem).__name__)
print(grp.getgrnam(group.gr_name) == group, group in grp.getgrall())
print(grp.getgrgid(id=0) == group, grp.getgrnam(name=group.gr_name).gr_gid)

for function, argument in ((pwd.getpwuid, 2**31 - 7), (pwd.getpwnam, "no such user!"), (grp.getgrgid, 2**31 - 7),
                           (grp.getgrnam, "no such group!"), (pwd.getpwnam, 3), (grp.getgrgid, "x"),
                           (pwd.getpwnam, "a\0b")):
    try:
        function(argument)
    except Exception as e:
        print(type(e).__name__, e)
