"""Tiny vector "product shot" drawings used by generate-catalog.py (python3 stdlib only).

Every draw_<type>(c, a, v) returns SVG markup for an 800x800 canvas where
c = body colour (hex), a = accent colour (hex), v = view number (1 = front, 2/3 = other views).
The wrapper (product_svg) supplies the shared <defs>: #bg background, #g body gradient,
#sc screen gradient, #wp wallpaper gradient, #sh shadow.

Products of one kind must not look alike: product_svg takes a Look (Look(slug, kind, index): the product's slug and
its place among the products of its kind), which picks the screen picture (scene and wallpaper), the clock, the backdrop,
the display colour of appliances and small body details. Deterministic: the same slug and place give the same images.
"""
import hashlib
from xml.sax.saxutils import escape

LATIN_FONT = "'Helvetica Neue',Arial,sans-serif"
CJK_FONT = "'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"


# ---------------------------------------------------------------- looks (what differs between products of a kind)
WALLPAPERS = [("#3a7bd5", "#8e54e9", "#f7797d"), ("#0f2027", "#2c5364", "#4ca1af"), ("#ff9966", "#ff5e62", "#845ec2"),
              ("#11998e", "#38ef7d", "#d4fc79"), ("#1e3c72", "#2a5298", "#6dd5ed"), ("#f953c6", "#b91d73", "#3b0a45"),
              ("#fc4a1a", "#f7b733", "#fff1a8"), ("#00c6ff", "#0072ff", "#1b1f5e"), ("#c31432", "#240b36", "#5f2c82")]
BACKDROPS = ["#e9edf2", "#efece4", "#f2e9e6", "#e4eef1", "#ebe8f3", "#e8f0e8"]
SCENES = ["waves", "mountains", "city", "bokeh", "aurora", "rings"]
CLOCKS = ["10:08", "09:41", "08:30", "12:00", "07:45", "11:11", "16:20", "21:36"]
DISPLAYS = ["#5cd0ff", "#6ee07a", "#ffb347", "#ff6b8a"]
CUTOUTS = ["hole", "island", "hole-left", "notch"]


class Look:
    """The choices for one product: by its place among its kind (so two products of a kind always differ in scene,
    wallpaper and display) and by a hash of its slug (clock, corner radius, backdrop)."""

    def __init__(self, slug, kind, index):
        k = hashlib.sha256(kind.encode()).digest()
        h = hashlib.sha256(slug.encode()).digest()
        self.scene = SCENES[(k[0] + index) % len(SCENES)]
        self.wallpaper = WALLPAPERS[(k[1] + index * 4) % len(WALLPAPERS)]
        self.display = DISPLAYS[(k[2] + index) % len(DISPLAYS)]
        self.cutout = CUTOUTS[(k[3] + index) % len(CUTOUTS)]
        self.backdrop = BACKDROPS[h[0] % len(BACKDROPS)]
        self.clock = CLOCKS[h[1] % len(CLOCKS)]
        self.radius = 36 + h[2] % 18
        self.bars = [30 + h[3 + i] % 60 for i in range(5)]  # heights for charts / skylines


DEFAULT_LOOK = Look("default", "default", 0)
_look = DEFAULT_LOOK  # the look of the drawing being made (set by product_svg / banner_svg)
_clip = [0]


def look():
    return _look


def screen(x, y, w, h, rx=0):
    """A screen showing the look's picture, clipped to its rounded rectangle."""
    lk = look()
    _clip[0] += 1
    cid = "s%d" % _clip[0]
    out = ('<clipPath id="%s"><rect x="%d" y="%d" width="%d" height="%d" rx="%d"/></clipPath><g clip-path="url(#%s)">'
           % (cid, x, y, w, h, rx, cid))
    sc = lk.scene
    if sc == "waves":
        out += ('<rect x="%d" y="%d" width="%d" height="%d" fill="url(#sc)"/>'
                '<path d="M%d %d Q%d %d %d %d V%d H%dZ" fill="url(#wp)" opacity=".85"/>'
                % (x, y, w, h, x, y + h * .62, x + w / 2, y + h * .45, x + w, y + h * .66, y + h, x))
    elif sc == "mountains":
        out += ('<rect x="%d" y="%d" width="%d" height="%d" fill="url(#wp)"/><circle cx="%d" cy="%d" r="%d" fill="#ffd166" opacity=".9"/>'
                '<path d="M%d %d L%d %d L%d %d L%d %d L%d %d V%d H%dZ" fill="#1c2541" opacity=".78"/>'
                % (x, y, w, h, x + w * .72, y + h * .3, min(w, h) * .1,
                   x, y + h * .78, x + w * .22, y + h * .56, x + w * .38, y + h * .7, x + w * .6, y + h * .48, x + w, y + h * .74, y + h, x))
    elif sc == "city":
        out += '<rect x="%d" y="%d" width="%d" height="%d" fill="url(#sc)"/>' % (x, y, w, h)
        out += '<circle cx="%d" cy="%d" r="%d" fill="#f5f3ce" opacity=".9"/>' % (x + w * .78, y + h * .22, min(w, h) * .07)
        bw = w / 8.0
        for i in range(8):
            bh = h * (lk.bars[i % 5] + 10 * (i % 3)) / 140.0
            out += '<rect x="%d" y="%d" width="%d" height="%d" fill="url(#wp)" opacity="%.2f"/>' % (
                x + i * bw, y + h - bh, bw - 3, bh, .55 + .08 * (i % 4))
    elif sc == "bokeh":
        out += '<rect x="%d" y="%d" width="%d" height="%d" fill="url(#wp)"/>' % (x, y, w, h)
        for i, (fx, fy, fr) in enumerate([(.2, .3, .12), (.7, .2, .08), (.55, .6, .16), (.15, .75, .07), (.85, .8, .1)]):
            out += '<circle cx="%d" cy="%d" r="%d" fill="#fff" opacity=".%d"/>' % (x + w * fx, y + h * fy, min(w, h) * fr, 15 + 5 * (i % 3))
    elif sc == "aurora":
        out += ('<rect x="%d" y="%d" width="%d" height="%d" fill="url(#sc)"/>'
                '<path d="M%d %d C%d %d %d %d %d %d" fill="none" stroke="url(#wp)" stroke-width="%d" opacity=".7"/>'
                '<path d="M%d %d C%d %d %d %d %d %d" fill="none" stroke="url(#wp)" stroke-width="%d" opacity=".45"/>'
                % (x, y, w, h, x, y + h * .5, x + w * .3, y + h * .2, x + w * .6, y + h * .7, x + w, y + h * .35, max(8, h * .08),
                   x, y + h * .65, x + w * .35, y + h * .4, x + w * .7, y + h * .85, x + w, y + h * .55, max(6, h * .05)))
        for i in range(5):
            out += '<circle cx="%d" cy="%d" r="2" fill="#fff"/>' % (x + w * (.1 + .19 * i), y + h * (.1 + .04 * (i % 3)))
    else:  # rings
        out += '<rect x="%d" y="%d" width="%d" height="%d" fill="url(#wp)"/>' % (x, y, w, h)
        for r in (.5, .36, .22):
            out += '<circle cx="%d" cy="%d" r="%d" fill="none" stroke="#fff" stroke-width="%d" opacity=".3"/>' % (
                x + w * .7, y + h * .75, min(w, h) * r, max(3, min(w, h) * .03))
    return out + '</g>'


# ---------------------------------------------------------------- colour helpers
def _rgb(h):
    h = h.lstrip("#")
    return [int(h[i:i + 2], 16) for i in (0, 2, 4)]


def _hex(rgb):
    return "#" + "".join("%02x" % max(0, min(255, int(round(x)))) for x in rgb)


def mix(c, other, t):
    a, b = _rgb(c), _rgb(other)
    return _hex([a[i] + (b[i] - a[i]) * t for i in range(3)])


def lighter(c, t=0.25):
    return mix(c, "#ffffff", t)


def darker(c, t=0.25):
    return mix(c, "#000000", t)


def lum(c):
    r, g, b = [x / 255 for x in _rgb(c)]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def stroke_of(c):
    """Outline: grey for light colours, a darker shade otherwise."""
    return "#a3a9b0" if lum(c) > 0.78 else darker(c, 0.35)


def defs(c):
    return (
        '<defs>'
        '<radialGradient id="bg" cx=".5" cy=".42" r=".75"><stop offset="0" stop-color="#ffffff"/>'
        '<stop offset="1" stop-color="%s"/></radialGradient>'
        '<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="%s"/>'
        '<stop offset=".55" stop-color="%s"/><stop offset="1" stop-color="%s"/></linearGradient>'
        '<linearGradient id="sc" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#141a26"/>'
        '<stop offset="1" stop-color="#2b3d5e"/></linearGradient>'
        '<linearGradient id="wp" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="%s"/>'
        '<stop offset=".5" stop-color="%s"/><stop offset="1" stop-color="%s"/></linearGradient>'
        '<radialGradient id="sh"><stop offset="0" stop-color="#000" stop-opacity=".28"/>'
        '<stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>'
        '</defs>' % ((look().backdrop, lighter(c, 0.3), c, darker(c, 0.18)) + tuple(look().wallpaper))
    )


def shadow(cx, cy, rx, ry=24):
    return '<ellipse cx="%d" cy="%d" rx="%d" ry="%d" fill="url(#sh)"/>' % (cx, cy, rx, ry)


def gloss(d):
    return '<path d="%s" fill="#fff" opacity=".13"/>' % d


# ---------------------------------------------------------------- phones & tablets
def _phone_front(c, a, x=255, y=90, w=290, h=600):
    s = stroke_of(c)
    lk = look()
    r = lk.radius
    out = ('<rect x="%d" y="%d" width="%d" height="%d" rx="%d" fill="url(#g)" stroke="%s" stroke-width="3"/>'
           % (x, y, w, h, r, s) + screen(x + 14, y + 14, w - 28, h - 28, r - 10))
    if lk.cutout == "island":
        out += '<rect x="%d" y="%d" width="86" height="26" rx="13" fill="#05070a"/>' % (x + w / 2 - 43, y + 30)
    elif lk.cutout == "notch":
        out += '<path d="M%d %d H%d Q%d %d %d %d H%d Q%d %d %d %dZ" fill="#05070a"/>' % (
            x + w / 2 - 70, y + 14, x + w / 2 + 70, x + w / 2 + 62, y + 14, x + w / 2 + 56, y + 44,
            x + w / 2 - 56, x + w / 2 - 62, y + 44, x + w / 2 - 70, y + 14)
    else:
        out += '<circle cx="%d" cy="%d" r="9" fill="#05070a"/>' % (x + (44 if lk.cutout == "hole-left" else w / 2), y + 44)
    out += ('<text x="%d" y="%d" font-size="58" fill="#fff" text-anchor="middle" font-family="%s">%s</text>'
            '<rect x="%d" y="%d" width="6" height="70" rx="3" fill="%s"/>'
            % (x + w / 2, y + 150, LATIN_FONT, lk.clock, x + w, y + 150, s))
    # a row of app icons, in the wallpaper's colours, under the clock
    for i in range(4):
        out += '<rect x="%d" y="%d" width="40" height="40" rx="11" fill="%s" opacity=".9"/>' % (
            x + 36 + i * 56, y + h - 110, (lk.wallpaper + ("#ffffff",))[i])
    return out


def _lens(cx, cy, r=26):
    return ('<circle cx="%d" cy="%d" r="%d" fill="#111"/><circle cx="%d" cy="%d" r="%d" fill="#2a3a55"/>'
            '<circle cx="%d" cy="%d" r="%d" fill="#fff" opacity=".5"/>'
            % (cx, cy, r, cx, cy, r * 0.6, cx - r * 0.25, cy - r * 0.25, r * 0.15))


def _phone_back(c, a, cam, x=255, y=90, w=290, h=600):
    s = stroke_of(c)
    out = ('<rect x="%d" y="%d" width="%d" height="%d" rx="%d" fill="url(#g)" stroke="%s" stroke-width="3"/>'
           % (x, y, w, h, look().radius, s))
    out += gloss("M%d %d H%d L%d %d V%dZ" % (x + 20, y + 10, x + 160, x + 20, y + 330, y + 10))
    if cam == "ring":  # big round camera island (Mate style)
        cx, cy = x + w / 2, y + 170
        out += ('<circle cx="%d" cy="%d" r="98" fill="%s" stroke="%s" stroke-width="4"/>'
                '<circle cx="%d" cy="%d" r="84" fill="#1a1c20"/>' % (cx, cy, darker(c, .1), a, cx, cy))
        out += _lens(cx - 36, cy - 30, 24) + _lens(cx + 36, cy - 30, 24) + _lens(cx, cy + 36, 24)
    elif cam == "pill":  # vertical pill (iPhone 16 style)
        out += ('<rect x="%d" y="%d" width="84" height="170" rx="42" fill="%s" stroke="%s" stroke-width="2"/>'
                % (x + 24, y + 24, darker(c, .12), s))
        out += _lens(x + 66, y + 68, 28) + _lens(x + 66, y + 150, 28)
    else:  # square island, three lenses
        out += ('<rect x="%d" y="%d" width="150" height="150" rx="34" fill="%s" stroke="%s" stroke-width="2"/>'
                % (x + 24, y + 24, darker(c, .12), s))
        out += _lens(x + 64, y + 64, 24) + _lens(x + 134, y + 64, 24) + _lens(x + 64, y + 134, 24)
        out += '<circle cx="%d" cy="%d" r="10" fill="#ffe9a8"/>' % (x + 134, y + 134)
    return out


def draw_phone(c, a, v, cam="square"):
    # 1 = hero shot (back + front, shows the colour best), 2 = back, 3 = front
    if v == 3:
        return shadow(400, 705, 190) + _phone_front(c, a)
    if v == 2:
        return shadow(400, 705, 190) + _phone_back(c, a, cam)
    return (shadow(400, 705, 300) + '<g transform="translate(-110,60) scale(.88)">' + _phone_back(c, a, cam) + '</g>'
            + '<g transform="translate(150,60) scale(.88)">' + _phone_front(c, a) + '</g>')


def draw_tablet(c, a, v):
    if v == 1:  # hero shot: back behind, front in front
        return (shadow(400, 650, 330) + '<g transform="translate(-10,-60) scale(.9)">' + draw_tablet(c, a, 2)
                .split('fill="url(#sh)"/>', 1)[1] + '</g><g transform="translate(110,90) scale(.82)">'
                + draw_tablet(c, a, 3).split('fill="url(#sh)"/>', 1)[1] + '</g>')
    s = stroke_of(c)
    out = shadow(400, 640, 300)
    out += '<rect x="120" y="180" width="560" height="400" rx="32" fill="url(#g)" stroke="%s" stroke-width="3"/>' % s
    if v == 3:
        out += (screen(136, 196, 528, 368, 20) +
                '<text x="400" y="300" font-size="64" fill="#fff" text-anchor="middle" font-family="%s">%s</text>'
                '<circle cx="400" cy="188" r="4" fill="#05070a"/>' % (LATIN_FONT, look().clock))
    else:
        out += gloss("M140 190 H380 L140 420Z")
        out += ('<rect x="150" y="210" width="96" height="96" rx="26" fill="%s" stroke="%s" stroke-width="2"/>'
                % (darker(c, .1), s)) + _lens(198, 258, 26)
    return out


# ---------------------------------------------------------------- wearables & audio
def draw_watch(c, a, v, band=False):
    s = stroke_of(a)
    big = v != 1
    t = '<g transform="translate(-200,-200) scale(1.5)">' if big else '<g>'
    out = shadow(400, 700, 170) + t
    out += '<rect x="335" y="90" width="130" height="620" rx="40" fill="url(#g)" stroke="%s" stroke-width="2"/>' % stroke_of(c)
    for yy in (560, 600, 640):
        out += '<circle cx="400" cy="%d" r="7" fill="%s"/>' % (yy, darker(c, .3))
    if band:
        out += ('<rect x="325" y="270" width="150" height="260" rx="70" fill="%s" stroke="%s" stroke-width="4"/>'
                '<rect x="342" y="292" width="116" height="216" rx="56" fill="#07090d"/>'
                '<text x="400" y="395" font-size="44" fill="#fff" text-anchor="middle" font-family="%s">%s</text>'
                '<text x="400" y="440" font-size="22" fill="%s" text-anchor="middle" font-family="%s">%d steps</text>'
                % (a, s, LATIN_FONT, look().clock, look().display, LATIN_FONT, 100 * sum(look().bars)))
    else:
        out += ('<rect x="568" y="365" width="24" height="60" rx="9" fill="%s"/>'
                '<circle cx="400" cy="400" r="172" fill="%s" stroke="%s" stroke-width="4"/>'
                '<circle cx="400" cy="400" r="146" fill="#07090d"/>'
                '<circle cx="400" cy="400" r="120" fill="none" stroke="%s" stroke-width="10" stroke-dasharray="%d 800" opacity=".85"/>'
                '<circle cx="400" cy="400" r="100" fill="none" stroke="%s" stroke-width="10" stroke-dasharray="%d 800" opacity=".85"/>'
                '<text x="400" y="418" font-size="54" fill="#fff" text-anchor="middle" font-family="%s">%s</text>'
                % (a, a, s, look().wallpaper[0], 300 + 4 * look().bars[0], look().display, 200 + 4 * look().bars[1], LATIN_FONT, look().clock))
    return out + '</g>'


def draw_headphones(c, a, v):
    s = stroke_of(c)
    d = darker(c, .3)
    if v == 1:
        return (shadow(400, 690, 250) +
                '<path d="M225 450 C215 150 585 150 575 450" fill="none" stroke="%s" stroke-width="46" stroke-linecap="round"/>'
                '<path d="M238 420 C232 185 568 185 562 420" fill="none" stroke="%s" stroke-width="14" stroke-linecap="round" opacity=".6"/>'
                '<rect x="160" y="390" width="130" height="240" rx="62" fill="url(#g)" stroke="%s" stroke-width="3"/>'
                '<rect x="510" y="390" width="130" height="240" rx="62" fill="url(#g)" stroke="%s" stroke-width="3"/>'
                '<rect x="268" y="410" width="34" height="200" rx="17" fill="%s"/>'
                '<rect x="498" y="410" width="34" height="200" rx="17" fill="%s"/>'
                '<circle cx="210" cy="590" r="6" fill="%s"/>'
                % (c, d, s, s, d, d, a))
    return (shadow(400, 690, 220) +
            '<path d="M400 150 C560 150 600 260 600 300" fill="none" stroke="%s" stroke-width="40" stroke-linecap="round"/>'
            '<ellipse cx="400" cy="430" rx="190" ry="230" fill="url(#g)" stroke="%s" stroke-width="3"/>'
            '<ellipse cx="400" cy="430" rx="140" ry="180" fill="none" stroke="%s" stroke-width="3" opacity=".5"/>'
            '<circle cx="470" cy="570" r="8" fill="%s"/><circle cx="330" cy="300" r="10" fill="%s"/>'
            % (c, s, s, darker(c, .35), darker(c, .35)) + gloss("M260 300 Q300 220 400 205 Q300 260 275 380Z"))


def draw_earbuds(c, a, v):
    s = stroke_of(c)
    bud = ('<g transform="translate(%d,%d)"><ellipse cx="0" cy="0" rx="46" ry="52" fill="url(#g)" stroke="%s" stroke-width="3"/>'
           '<ellipse cx="-8" cy="-6" rx="20" ry="22" fill="#30343a" opacity=".75"/>'
           '<rect x="6" y="10" width="30" height="150" rx="15" fill="url(#g)" stroke="%s" stroke-width="3"/></g>')
    if v == 1:
        return (shadow(400, 680, 220) +
                '<rect x="240" y="330" width="320" height="320" rx="90" fill="url(#g)" stroke="%s" stroke-width="3"/>'
                '<path d="M240 430 H560" stroke="%s" stroke-width="3"/><circle cx="400" cy="500" r="7" fill="#6ee07a"/>'
                % (s, s) + bud % (330, 200, s, s) + bud % (470, 200, s, s))
    return shadow(400, 680, 200) + bud % (300, 330, s, s) + '<g transform="translate(800,0) scale(-1,1)">' + bud % (300, 330, s, s) + '</g>'


# ---------------------------------------------------------------- large appliances
def draw_tv(c, a, v, badge="4K", stand="feet"):
    s = stroke_of(c)
    if v == 1:
        legs = ('<path d="M180 520 L150 595 H200 L225 520Z M620 520 L650 595 H600 L575 520Z" fill="%s"/>' % darker(c, .2)
                if stand == "feet" else
                '<rect x="370" y="520" width="60" height="60" fill="%s"/><rect x="250" y="578" width="300" height="18" rx="9" fill="%s"/>'
                % (darker(c, .2), darker(c, .3)))
        return (shadow(400, 610, 330, 18) + legs +
                '<rect x="70" y="130" width="660" height="395" rx="10" fill="%s" stroke="%s" stroke-width="2"/>' % (c, s)
                + screen(78, 138, 644, 379)
                + '<text x="120" y="230" font-size="%d" font-weight="bold" fill="#fff" font-family="%s">%s</text>'
                % (80 if len(badge) <= 4 else 60, LATIN_FONT, escape(badge)))
    return (shadow(400, 640, 260, 20) +
            '<path d="M250 570 H550 L520 610 H280Z" fill="%s"/><rect x="385" y="470" width="30" height="110" fill="%s"/>'
            '<path d="M140 150 H660 L640 500 H160Z" fill="url(#g)" stroke="%s" stroke-width="3"/>'
            '<rect x="250" y="250" width="300" height="160" rx="14" fill="%s"/>'
            '<path d="M280 280 H520 M280 310 H520 M280 340 H520 M280 370 H520" stroke="%s" stroke-width="6"/>'
            % (darker(c, .15), darker(c, .15), s, darker(c, .1), lighter(c, .15)))


def draw_fridge(c, a, v, style="cross"):
    s = stroke_of(c)
    dk = darker(c, .3)
    if v == 1:
        out = shadow(400, 712, 220) + '<rect x="230" y="70" width="340" height="630" rx="18" fill="url(#g)" stroke="%s" stroke-width="3"/>' % s
        if style == "cross":
            out += '<path d="M230 390 H570 M400 70 V700" stroke="%s" stroke-width="4"/>' % s
            out += ('<rect x="382" y="290" width="8" height="80" rx="4" fill="%s"/><rect x="410" y="290" width="8" height="80" rx="4" fill="%s"/>'
                    '<rect x="382" y="410" width="8" height="80" rx="4" fill="%s"/><rect x="410" y="410" width="8" height="80" rx="4" fill="%s"/>'
                    % (dk, dk, dk, dk))
        elif style == "side":
            out += '<path d="M400 70 V700" stroke="%s" stroke-width="4"/>' % s
            out += '<rect x="380" y="240" width="10" height="220" rx="5" fill="%s"/><rect x="410" y="240" width="10" height="220" rx="5" fill="%s"/>' % (dk, dk)
        out += ('<rect x="270" y="130" width="90" height="54" rx="8" fill="#0f1b2d"/>'
                '<text x="315" y="167" font-size="26" fill="%s" text-anchor="middle" font-family="%s">-%d&#176;</text>' % (look().display, LATIN_FONT, 16 + look().bars[0] % 8))
        out += gloss("M240 80 H300 L240 300Z")
        return out
    out = shadow(430, 712, 240)
    out += '<path d="M520 80 L600 110 V700 L520 706Z" fill="%s" stroke="%s" stroke-width="2"/>' % (darker(c, .15), s)
    out += '<path d="M200 80 H520 V706 H200Z" fill="url(#g)" stroke="%s" stroke-width="3"/>' % s
    if style == "cross":
        out += '<path d="M200 395 H520 M360 80 V706" stroke="%s" stroke-width="4"/>' % s
    else:
        out += '<path d="M360 80 V706" stroke="%s" stroke-width="4"/>' % s
    out += '<rect x="343" y="300" width="8" height="80" rx="4" fill="%s"/><rect x="369" y="300" width="8" height="80" rx="4" fill="%s"/>' % (dk, dk)
    return out


def _washer_door(cx, cy, c):
    return ('<circle cx="%d" cy="%d" r="160" fill="%s"/>'
            '<circle cx="%d" cy="%d" r="128" fill="#cfd6de"/>'
            '<circle cx="%d" cy="%d" r="110" fill="#2f3e52"/>'
            '<circle cx="%d" cy="%d" r="80" fill="#4b6585" opacity=".8"/>'
            '<path d="M%d %d A100 100 0 0 1 %d %d" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" opacity=".5"/>'
            % (cx, cy, darker(c, .25), cx, cy, cx, cy, cx, cy, cx - 80, cy - 40, cx - 20, cy - 95))


def draw_washer(c, a, v):
    s = stroke_of(c)
    if v == 1:
        return (shadow(400, 705, 230) +
                '<rect x="200" y="130" width="400" height="560" rx="24" fill="url(#g)" stroke="%s" stroke-width="3"/>'
                '<path d="M200 225 H600" stroke="%s" stroke-width="3"/>'
                '<rect x="300" y="156" width="130" height="44" rx="8" fill="#0d1b2a"/>'
                '<text x="365" y="188" font-size="26" fill="%s" text-anchor="middle" font-family="%s">%s</text>'
                '<circle cx="520" cy="178" r="28" fill="%s" stroke="%s" stroke-width="3"/>'
                '<rect x="230" y="160" width="40" height="36" rx="6" fill="%s"/>'
                % (s, s, look().display, LATIN_FONT, "%d:%02d" % (1, look().bars[1] % 60), lighter(c, .3), s, darker(c, .15)) + _washer_door(400, 450, c))
    return ('<rect x="0" y="0" width="800" height="800" fill="url(#g)"/>' + '<g transform="translate(-200,-275) scale(1.5)">'
            + _washer_door(400, 450, c) + '</g>')


def draw_ac(c, a, v):
    s = stroke_of(c)
    if v == 1:
        return (shadow(400, 640, 320, 18) +
                '<path d="M120 250 H680 Q720 250 720 290 V390 Q720 440 670 440 H130 Q80 440 80 390 V290 Q80 250 120 250Z" fill="url(#g)" stroke="%s" stroke-width="3"/>'
                '<rect x="150" y="398" width="500" height="20" rx="10" fill="%s"/>'
                '<text x="610" y="320" font-size="30" fill="#3aa0ff" text-anchor="middle" font-family="%s">26&#176;C</text>'
                '<path d="M200 480 Q250 530 200 580 M330 480 Q380 530 330 580 M470 480 Q520 530 470 580 M600 480 Q650 530 600 580" '
                'fill="none" stroke="#8ecaff" stroke-width="8" stroke-linecap="round" opacity=".7"/>'
                % (s, darker(c, .35), LATIN_FONT) + gloss("M100 270 H400 L380 300 H100Z"))
    return (shadow(400, 650, 250) +
            '<rect x="190" y="220" width="420" height="400" rx="16" fill="url(#g)" stroke="%s" stroke-width="3"/>'
            '<circle cx="350" cy="420" r="140" fill="%s"/>'
            '<circle cx="350" cy="420" r="140" fill="none" stroke="%s" stroke-width="5"/>'
            '<circle cx="350" cy="420" r="100" fill="none" stroke="%s" stroke-width="5"/>'
            '<circle cx="350" cy="420" r="60" fill="none" stroke="%s" stroke-width="5"/>'
            '<path d="M350 280 V560 M210 420 H490" stroke="%s" stroke-width="5"/>'
            '<path d="M520 270 H580 M520 300 H580 M520 330 H580 M520 360 H580" stroke="%s" stroke-width="6"/>'
            % (s, darker(c, .5), s, s, s, s, darker(c, .2)))


# ---------------------------------------------------------------- small appliances
def draw_ricecooker(c, a, v):
    s = stroke_of(c)
    if v == 1:
        return (shadow(400, 650, 230) +
                '<rect x="210" y="300" width="380" height="330" rx="80" fill="url(#g)" stroke="%s" stroke-width="3"/>'
                '<ellipse cx="400" cy="300" rx="196" ry="70" fill="%s" stroke="%s" stroke-width="3"/>'
                '<rect x="355" y="225" width="90" height="30" rx="12" fill="%s"/>'
                '<rect x="310" y="410" width="180" height="120" rx="20" fill="#1e2228"/>'
                '<text x="400" y="462" font-size="30" fill="#ff9f43" text-anchor="middle" font-family="%s">12:30</text>'
                '<circle cx="350" cy="500" r="10" fill="#ff6b6b"/><circle cx="400" cy="500" r="10" fill="#cfd6de"/><circle cx="450" cy="500" r="10" fill="#cfd6de"/>'
                % (s, lighter(c, .2), s, a, LATIN_FONT) + gloss("M225 380 Q230 320 270 320 V560 Q225 540 225 500Z"))
    return (shadow(400, 650, 230) +
            '<rect x="210" y="340" width="380" height="290" rx="80" fill="url(#g)" stroke="%s" stroke-width="3"/>'
            '<path d="M220 330 Q400 60 580 330" fill="%s" stroke="%s" stroke-width="3"/>'
            '<ellipse cx="400" cy="345" rx="170" ry="40" fill="#2a2e35"/><ellipse cx="400" cy="352" rx="150" ry="30" fill="#f4f1ea"/>'
            % (s, lighter(c, .2), s))


def draw_kettle(c, a, v):
    s = stroke_of(c)
    body = ('<rect x="250" y="600" width="300" height="50" rx="16" fill="%s"/>'
            '<path d="M270 600 L300 250 Q400 215 500 250 L530 600Z" fill="url(#g)" stroke="%s" stroke-width="3"/>'
            '<path d="M300 250 Q400 190 500 250" fill="%s" stroke="%s" stroke-width="3"/>'
            '<rect x="385" y="205" width="30" height="22" rx="8" fill="%s"/>'
            '<path d="M300 290 L220 250 L210 270 L290 330" fill="url(#g)" stroke="%s" stroke-width="3"/>'
            '<path d="M515 300 Q620 320 610 430 Q600 540 525 560" fill="none" stroke="%s" stroke-width="34" stroke-linecap="round"/>'
            % (darker(a, .1), s, lighter(c, .15), s, a, s, c))
    if v == 1:
        return shadow(400, 660, 200) + body + gloss("M310 270 H340 L320 580 H290Z")
    return (shadow(400, 660, 200) + body +
            '<rect x="300" y="330" width="40" height="200" rx="18" fill="#bfe3ff" stroke="%s" stroke-width="3"/>'
            '<path d="M302 420 H338" stroke="#3aa0ff" stroke-width="6"/>' % s)


def draw_microwave(c, a, v):
    s = stroke_of(c)
    return (shadow(400, 600, 300) +
            '<rect x="130" y="220" width="540" height="360" rx="20" fill="url(#g)" stroke="%s" stroke-width="3"/>'
            '<rect x="160" y="250" width="340" height="300" rx="14" fill="#1b2430"/>'
            '<rect x="180" y="270" width="300" height="260" rx="10" fill="#2f4058" opacity=".8"/>'
            '<path d="M200 290 L300 290 L200 390Z" fill="#fff" opacity=".12"/>'
            '<rect x="530" y="260" width="110" height="50" rx="8" fill="#0d1b2a"/>'
            '<text x="585" y="295" font-size="26" fill="%s" text-anchor="middle" font-family="%s">%d:%02d</text>'
            '<circle cx="585" cy="380" r="34" fill="%s" stroke="%s" stroke-width="3"/>'
            '<circle cx="585" cy="480" r="34" fill="%s" stroke="%s" stroke-width="3"/>'
            % (s, look().display, LATIN_FONT, 1 + look().bars[0] % 5, look().bars[1] % 60, lighter(c, .2), s, lighter(c, .2), s))


# ---------------------------------------------------------------- computers
def draw_laptop(c, a, v, gaming=False):
    s = stroke_of(c)
    if v == 1:
        out = (shadow(400, 560, 340, 20) +
               '<rect x="170" y="120" width="460" height="320" rx="18" fill="url(#g)" stroke="%s" stroke-width="3"/>' % s
               + screen(184, 134, 432, 292, 8) +
               '<path d="M150 440 H650 L720 520 Q722 540 700 540 H100 Q78 540 80 520Z" fill="url(#g)" stroke="%s" stroke-width="3"/>'
               '<path d="M190 452 H610 L640 492 H160Z" fill="%s"/>'
               '<rect x="340" y="500" width="120" height="28" rx="6" fill="%s"/>'
               % (s, darker(c, .45), darker(c, .1)))
        if gaming:
            out += '<path d="M160 492 H640" stroke="%s" stroke-width="4"/>' % a
        return out
    out = (shadow(400, 600, 300) +
           '<rect x="160" y="190" width="480" height="370" rx="26" fill="url(#g)" stroke="%s" stroke-width="3"/>' % s
           + gloss("M170 200 H420 L170 420Z"))
    if gaming:
        out += ('<path d="M200 520 L260 470 H540 L600 520" fill="none" stroke="%s" stroke-width="8"/>'
                '<path d="M380 330 L420 330 L400 370Z" fill="%s"/>' % (a, a))
    else:
        out += '<circle cx="400" cy="370" r="34" fill="%s" opacity=".6"/>' % lighter(c, .35)
    return out


def draw_monitor(c, a, v):
    s = stroke_of(c)
    if v == 1:
        return (shadow(400, 660, 230) +
                '<rect x="380" y="440" width="40" height="170" fill="url(#g)" stroke="%s" stroke-width="2"/>'
                '<rect x="270" y="605" width="260" height="34" rx="17" fill="url(#g)" stroke="%s" stroke-width="2"/>'
                '<rect x="90" y="100" width="620" height="370" rx="12" fill="#1a1d22" stroke="%s" stroke-width="3"/>'
                % (s, s, s) + screen(100, 110, 600, 340, 4) +
                '<rect x="90" y="452" width="620" height="18" fill="%s"/>' % c)
    return (shadow(400, 660, 230) +
            '<rect x="270" y="605" width="260" height="34" rx="17" fill="url(#g)" stroke="%s" stroke-width="2"/>'
            '<path d="M90 100 H710 V470 H90Z" fill="url(#g)" stroke="%s" stroke-width="3"/>'
            '<rect x="330" y="230" width="140" height="140" rx="20" fill="%s"/>'
            '<rect x="378" y="300" width="44" height="310" fill="%s"/>'
            % (s, s, darker(c, .12), darker(c, .2)))


def draw_keyboard(c, a, v):
    s = stroke_of(c)
    key = lighter(c, .14) if lum(c) < 0.5 else "#ffffff"
    sc = 1.0
    tr = "" if v == 1 else ' transform="translate(400,430) scale(1,.62) rotate(-14) translate(-400,-405)"'
    return (('<defs><pattern id="k" x="110" y="296" width="44" height="44" patternUnits="userSpaceOnUse">'
             '<rect x="3" y="3" width="38" height="38" rx="8" fill="%s" stroke="%s" stroke-width="1.5"/></pattern></defs>' % (key, s))
            + (shadow(400, 560, 360, 20) if sc == 1 else '')
            + '<g%s><rect x="80" y="270" width="640" height="270" rx="28" fill="url(#g)" stroke="%s" stroke-width="3"/>'
              '<rect x="110" y="296" width="572" height="176" fill="url(#k)"/>'
              '<rect x="113" y="475" width="82" height="38" rx="8" fill="%s" stroke="%s" stroke-width="1.5"/>'
              '<rect x="245" y="475" width="300" height="38" rx="8" fill="%s" stroke="%s" stroke-width="1.5"/>'
              '<rect x="595" y="475" width="84" height="38" rx="8" fill="%s" stroke="%s" stroke-width="1.5"/></g>'
            % (tr, s, key, s, key, s, key, s))


def draw_mouse(c, a, v):
    s = stroke_of(c)
    if v == 1:
        return (shadow(400, 660, 170) +
                '<path d="M400 170 C540 170 560 300 560 420 C560 560 490 640 400 640 C310 640 240 560 240 420 C240 300 260 170 400 170Z" fill="url(#g)" stroke="%s" stroke-width="3"/>'
                '<path d="M400 170 V330 M250 340 Q400 360 552 340" fill="none" stroke="%s" stroke-width="3"/>'
                '<rect x="388" y="220" width="24" height="70" rx="12" fill="%s"/>'
                % (s, s, darker(c, .45)) + gloss("M270 300 Q290 200 380 185 Q300 240 290 420Z"))
    return (shadow(400, 600, 260) +
            '<path d="M140 560 C150 420 260 330 420 330 C580 330 670 440 670 560Z" fill="url(#g)" stroke="%s" stroke-width="3"/>'
            '<path d="M240 480 H420" stroke="%s" stroke-width="10" stroke-linecap="round"/>'
            '<path d="M260 510 H380" stroke="%s" stroke-width="10" stroke-linecap="round"/>'
            '<rect x="140" y="556" width="530" height="14" rx="7" fill="%s"/>'
            % (s, darker(c, .3), darker(c, .3), darker(c, .4)))


# ---------------------------------------------------------------- apparel & bags
def draw_tshirt(c, a, v):
    s = stroke_of(c)
    out = (shadow(400, 690, 240) +
           '<path d="M300 150 L235 172 L125 255 L190 365 L250 325 L250 665 L550 665 L550 325 L610 365 L675 255 L565 172 L500 150 '
           'Q400 %d 300 150Z" fill="url(#g)" stroke="%s" stroke-width="3" stroke-linejoin="round"/>' % (225 if v == 1 else 175, s))
    out += '<path d="M300 150 Q400 %d 500 150" fill="none" stroke="%s" stroke-width="14"/>' % (225 if v == 1 else 175, darker(c, .15))
    out += '<path d="M190 365 L125 255 M610 365 L675 255" stroke="%s" stroke-width="3"/>' % s
    if v == 1:
        out += '<path d="M455 270 Q480 285 505 262" fill="none" stroke="%s" stroke-width="8" stroke-linecap="round"/>' % a
    else:
        out += '<text x="400" y="330" font-size="40" font-weight="bold" fill="%s" text-anchor="middle" font-family="%s">DRI-FIT</text>' % (a, LATIN_FONT)
    return out


def draw_hoodie(c, a, v):
    s = stroke_of(c)
    d = darker(c, .18)
    out = (shadow(400, 700, 260) +
           '<path d="M300 170 L220 195 L140 330 L105 640 L178 652 L235 390 L250 380 L250 670 L550 670 L550 380 L565 390 '
           'L622 652 L695 640 L660 330 L580 195 L500 170Z" fill="url(#g)" stroke="%s" stroke-width="3" stroke-linejoin="round"/>' % s)
    out += '<path d="M290 175 Q300 90 400 85 Q500 90 510 175 Q460 %d 400 %d Q340 %d 290 175Z" fill="%s" stroke="%s" stroke-width="3"/>' % (
        ((260, 275, 260) if v == 1 else (150, 140, 150)) + (d, s))
    out += '<path d="M250 640 H550 V670 H250Z M105 625 L178 637 L175 652 L103 640Z M695 625 L622 637 L625 652 L697 640Z" fill="%s"/>' % d
    out += '<path d="M142 330 L108 620 M658 330 L692 620" stroke="%s" stroke-width="6"/>' % a
    if v == 1:
        out += ('<path d="M300 520 L330 450 H470 L500 520 V610 H300Z" fill="none" stroke="%s" stroke-width="3"/>'
                '<path d="M375 270 V360 M425 270 V360" stroke="%s" stroke-width="5" stroke-linecap="round"/>' % (s, a))
    return out


def draw_sneaker(c, a, v):
    s = stroke_of(c)
    shoe = ('<path d="M120 545 Q105 612 170 615 H650 Q700 612 696 565 L690 538 H130Z" fill="%s" stroke="%s" stroke-width="3"/>'
            '<path d="M132 545 Q140 470 240 452 Q330 436 380 385 L470 332 Q520 318 562 360 L640 398 Q692 422 692 470 V545Z" '
            'fill="url(#g)" stroke="%s" stroke-width="3" stroke-linejoin="round"/>'
            '<path d="M132 545 Q140 480 230 470 L250 545Z" fill="%s" opacity=".55"/>'
            '<path d="M400 372 L440 410 M425 356 L465 394 M450 342 L490 380 M475 334 L515 368" stroke="%s" stroke-width="9" stroke-linecap="round"/>'
            '<path d="M300 520 Q460 500 640 420 Q500 470 320 490Z" fill="%s"/>'
            '<path d="M640 398 L668 360 L690 380 L680 430Z" fill="%s"/>'
            '<path d="M130 578 H696" stroke="%s" stroke-width="3"/>'
            % (a, stroke_of(a), s, darker(c, .15), lighter(c, .6) if lum(c) < .5 else darker(c, .4), a, darker(c, .2), stroke_of(a)))
    if v == 1:
        return shadow(410, 625, 300) + shoe
    return (shadow(410, 660, 330) + '<g transform="translate(90,-40) scale(.85)">' + shoe + '</g>'
            + '<g transform="translate(660,150) scale(-.85,.85)">' + shoe + '</g>')


def draw_backpack(c, a, v):
    s = stroke_of(c)
    d = darker(c, .2)
    out = shadow(400, 680, 200) + '<path d="M350 185 Q350 120 400 120 Q450 120 450 185" fill="none" stroke="%s" stroke-width="18"/>' % d
    if v == 1:
        out += ('<rect x="245" y="170" width="310" height="490" rx="95" fill="url(#g)" stroke="%s" stroke-width="3"/>'
                '<rect x="290" y="420" width="220" height="210" rx="40" fill="%s" stroke="%s" stroke-width="3"/>'
                '<path d="M275 270 Q400 200 525 270" fill="none" stroke="%s" stroke-width="4" stroke-dasharray="10 6"/>'
                '<path d="M310 470 H490" stroke="%s" stroke-width="4"/><rect x="470" y="462" width="12" height="28" rx="4" fill="%s"/>'
                '<rect x="360" y="540" width="80" height="26" rx="6" fill="%s"/>'
                % (s, d, s, lighter(c, .3), lighter(c, .3), a, a))
    else:
        out += ('<rect x="245" y="170" width="310" height="490" rx="95" fill="url(#g)" stroke="%s" stroke-width="3"/>'
                '<rect x="290" y="230" width="220" height="300" rx="50" fill="%s" opacity=".7"/>'
                '<path d="M320 200 C280 330 350 450 300 600 M480 200 C520 330 450 450 500 600" fill="none" stroke="%s" stroke-width="44" stroke-linecap="round"/>'
                % (s, d, darker(c, .35)))
    return out


DRAW = {
    "phone": draw_phone, "tablet": draw_tablet, "watch": draw_watch, "headphones": draw_headphones,
    "earbuds": draw_earbuds, "tv": draw_tv, "fridge": draw_fridge, "washer": draw_washer, "ac": draw_ac,
    "ricecooker": draw_ricecooker, "kettle": draw_kettle, "microwave": draw_microwave, "laptop": draw_laptop,
    "monitor": draw_monitor, "keyboard": draw_keyboard, "mouse": draw_mouse, "tshirt": draw_tshirt,
    "hoodie": draw_hoodie, "sneaker": draw_sneaker, "backpack": draw_backpack,
}


def product_svg(kind, c, a, view, label, opts=None, lk=None):
    global _look
    _look, _clip[0] = lk or DEFAULT_LOOK, 0
    body = DRAW[kind](c, a, view, **(opts or {}))
    lw = 17 * len(label) + 40
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800">'
            + defs(c) + '<rect width="800" height="800" fill="url(#bg)"/>' + body
            + '<rect x="%d" y="738" width="%d" height="44" rx="22" fill="#fff" opacity=".75"/>' % (400 - lw / 2, lw)
            + '<text x="400" y="768" font-size="28" fill="#7a8089" text-anchor="middle" letter-spacing="1" font-family="%s">%s</text>'
            % (LATIN_FONT, escape(label)) + '</svg>\n')


def banner_svg(kind, c, a, opts, c1, c2, title, sub, btn="立即抢购", lk=None):
    """1200x400 carousel banner: gradient background, headline, product drawing on the right."""
    global _look
    _look, _clip[0] = lk or DEFAULT_LOOK, 0
    body = DRAW[kind](c, a, 1, **(opts or {}))
    units = sum(1.0 if ord(ch) > 255 else 0.56 for ch in title)
    fs = int(min(60, 640 / units))  # keep the headline clear of the product drawing
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 400" width="1200" height="400">' + defs(c)
            + '<defs><linearGradient id="bn" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="%s"/>'
              '<stop offset="1" stop-color="%s"/></linearGradient></defs>' % (c1, c2)
            + '<rect width="1200" height="400" fill="url(#bn)"/>'
            + '<circle cx="900" cy="200" r="230" fill="#fff" opacity=".14"/><circle cx="1120" cy="40" r="120" fill="#fff" opacity=".1"/>'
              '<circle cx="80" cy="380" r="90" fill="#fff" opacity=".08"/>'
            + '<g transform="translate(760,-4) scale(.5)">' + body + '</g>'
            + '<text x="90" y="170" font-size="%d" font-weight="bold" fill="#fff" font-family="%s">%s</text>' % (fs, CJK_FONT, escape(title))
            + '<text x="92" y="232" font-size="30" fill="#fff" opacity=".92" font-family="%s">%s</text>' % (CJK_FONT, escape(sub))
            + '<rect x="92" y="270" width="190" height="56" rx="28" fill="#fff"/>'
            + '<text x="187" y="307" font-size="26" fill="%s" text-anchor="middle" font-family="%s">%s</text>' % (c1, CJK_FONT, escape(btn))
            + '</svg>\n')


def header_ad_svg(c1, c2, title, sub):
    """1200x100 page-top strip advert."""
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 100" width="1200" height="100">'
            '<defs><linearGradient id="bn" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="%s"/>'
            '<stop offset="1" stop-color="%s"/></linearGradient></defs>'
            '<rect width="1200" height="100" fill="url(#bn)"/>'
            '<circle cx="1100" cy="50" r="120" fill="#fff" opacity=".12"/><circle cx="60" cy="90" r="60" fill="#fff" opacity=".1"/>'
            '<text x="600" y="58" font-size="40" font-weight="bold" fill="#fff" text-anchor="middle" font-family="%s">%s</text>'
            '<text x="600" y="88" font-size="20" fill="#fff" opacity=".9" text-anchor="middle" font-family="%s">%s</text>'
            '</svg>\n' % (c1, c2, CJK_FONT, escape(title), CJK_FONT, escape(sub)))


def brand_svg(word, bgc, fg="#ffffff"):
    size = 56 if len(word) <= 4 else (44 if len(word) <= 6 else 36)
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 120" width="240" height="120">'
            '<rect x="4" y="4" width="232" height="112" rx="22" fill="%s"/>'
            '<text x="120" y="%d" font-size="%d" font-weight="bold" fill="%s" text-anchor="middle" font-family="%s">%s</text>'
            '</svg>\n' % (bgc, 60 + size * 0.36, size, fg, LATIN_FONT, escape(word)))
