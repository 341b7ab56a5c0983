"""Training rooms: a trainer's group of participants, their answers, and the trainer's view of them.

`adviseur serve --room NAAM` makes a room folder in the trainer's data folder and hands its path
to every browser tab's app. Each tab is its own process, so there is no server-side state to
share: every participant's app writes its own answers file into the room folder, and the
trainer's view reads them all, again and again (polling is cheap at the scale of a room).

    <data dir>/rooms/<room id>/            0700, removed when the room expires (default 7 days)
        room.json                          name, code, exercises, expiry, the trainer key's hash
        flows/<file>.yaml                  the trainer's own case files, checked and copied
        participants/<participant>.json    one participant: nickname (or none) and answers

Modules: `room` (the folder, the key, expiry), `exercises` (which flows a room offers, the
trainer's own case files), `participant` (joining with a nickname, recording answers) and
`export` (the room's report). Nothing here imports textual.
"""
