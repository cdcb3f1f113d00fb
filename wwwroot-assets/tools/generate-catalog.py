#!/usr/bin/env python3
"""Generate the BlazorShop demo catalog: catalog/catalog.json plus all SVG images
(catalog/skus/, catalog/ads/, catalog/brands/). python3 stdlib only, deterministic.

Usage:  python3 wwwroot-assets/tools/generate-catalog.py [output-dir]
        (default output dir: wwwroot-assets/catalog next to this tools/ folder)
"""
import itertools
import os
import random
import re
import shutil
import sys

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import svgart  # noqa: E402

# ------------------------------------------------------------------ colours
# Chinese colour name -> (slug for file names, body hex, accent hex)
COLOURS = {
    "雅丹黑": ("black", "#1f1f1f", "#8a8f96"),
    "白沙银": ("silver", "#dcdfe3", "#b9bec4"),
    "南糯紫": ("purple", "#8e7cc3", "#cfc6ea"),
    "黑色": ("black", "#1f1f1f", "#f5f5f5"),
    "白色": ("white", "#f5f5f5", "#cfd4da"),
    "粉色": ("pink", "#f2b8c6", "#e58fa5"),
    "深青色": ("teal", "#2f6f73", "#7fb3b5"),
    "群青色": ("ultramarine", "#7d8fe0", "#b7c1f0"),
    "岩石青": ("green", "#7fa89b", "#c3d8d1"),
    "雪山粉": ("pink", "#f1cfd0", "#dca7aa"),
    "曜石黑": ("black", "#1f1f1f", "#3a3d42"),
    "山茶棕": ("brown", "#8b5a3c", "#c0c4c8"),
    "云杉绿": ("green", "#3f6e4f", "#2b2b2b"),
    "铂金银": ("silver", "#c8c4bd", "#8f8a82"),
    "午夜蓝": ("blue", "#25355a", "#5b6f99"),
    "亮黑色": ("black", "#1f1f1f", "#2b2b2b"),
    "淡金色": ("gold", "#d9c08a", "#e9dcc0"),
    "玉墨银": ("silver", "#a9adb2", "#5d6166"),
    "暮光金": ("gold", "#c9a86a", "#8a6d3b"),
    "炫晶灰": ("grey", "#7c8188", "#45494e"),
    "钛灰银": ("silver", "#b3b7bc", "#6b7076"),
    "玉墨黑": ("black", "#2a2b2e", "#6b7076"),
    "巴赫银": ("silver", "#c0c4c8", "#7a7f85"),
    "星空黑": ("black", "#1f1f1f", "#3a3d42"),
    "灰色": ("grey", "#8a8f96", "#f5f5f5"),
    "薄荷绿": ("green", "#9fd8c0", "#f5f5f5"),
    "鸽子灰": ("grey", "#8c9096", "#d0d3d7"),
    "月光白": ("white", "#eef0f2", "#c9cdd2"),
    "碳晶灰": ("grey", "#3b3f45", "#ff8a00"),
    "午夜色": ("midnight", "#232a36", "#3b4556"),
    "星光色": ("starlight", "#efe4d2", "#d6c7ad"),
    "深空灰色": ("spacegrey", "#5a5d63", "#8a8d93"),
    "银色": ("silver", "#c0c4c8", "#8f959b"),
    "冰河银": ("silver", "#c9cdd2", "#8f959b"),
    "深空灰": ("grey", "#4e5257", "#8a8d93"),
    "冰霜银": ("silver", "#d4d8dc", "#a3a9b0"),
    "石墨黑": ("black", "#2b2b2b", "#555a60"),
    "珍珠白": ("white", "#f2efe8", "#c9c4b8"),
    "黑白": ("black", "#1f1f1f", "#f5f5f5"),
    "纯白": ("white", "#f7f7f7", "#e8e8e8"),
    "湖蓝": ("blue", "#2d6cdf", "#f5f5f5"),
    "核心黑": ("black", "#1b1b1b", "#f5f5f5"),
    "云白": ("white", "#f7f7f7", "#1b1b1b"),
    "大学红": ("red", "#d93a3a", "#f5f5f5"),
    "麻灰": ("grey", "#a7a9ac", "#1f1f1f"),
    "藏青": ("navy", "#1e2a4a", "#f5f5f5"),
}

# ------------------------------------------------------------------ categories
CATEGORIES = [
    ("手机数码", [
        ("手机通讯", ["手机", "对讲机", "手机配件"]),
        ("智能设备", ["智能手表", "智能手环", "VR眼镜"]),
        ("影音娱乐", ["耳机", "蓝牙音箱"]),
        ("摄影摄像", ["数码相机", "微单相机"]),
    ]),
    ("家用电器", [
        ("大家电", ["冰箱", "洗衣机", "平板电视", "空调"]),
        ("厨房小电", ["电饭煲", "电水壶", "微波炉", "破壁机"]),
        ("生活电器", ["吸尘器", "电风扇", "空气净化器"]),
    ]),
    ("电脑办公", [
        ("电脑整机", ["笔记本", "游戏本", "平板电脑", "台式机"]),
        ("电脑外设", ["显示器", "键盘", "鼠标", "摄像头"]),
        ("办公设备", ["打印机", "投影机"]),
    ]),
    ("运动户外", [
        ("运动鞋", ["跑步鞋", "篮球鞋", "休闲鞋"]),
        ("运动服饰", ["运动T恤", "卫衣", "运动裤"]),
        ("户外装备", ["双肩包", "帐篷", "登山杖"]),
    ]),
]

CHANNEL_GROUPS = [
    ("手机/数码", ["手机数码"]),
    ("家用电器", ["家用电器"]),
    ("电脑/办公", ["电脑办公"]),
    ("运动/户外", ["运动户外"]),
]

# name, first letter, file slug, wordmark, logo colour
BRANDS = [
    ("华为", "H", "huawei", "HUAWEI", "#cf0a2c"),
    ("小米", "X", "xiaomi", "Xiaomi", "#ff6900"),
    ("Apple", "A", "apple", "Apple", "#1d1d1f"),
    ("索尼", "S", "sony", "SONY", "#000000"),
    ("海尔", "H", "haier", "Haier", "#005aab"),
    ("美的", "M", "midea", "Midea", "#1d7fc4"),
    ("格力", "G", "gree", "GREE", "#0a58a5"),
    ("TCL", "T", "tcl", "TCL", "#e4002b"),
    ("海信", "H", "hisense", "Hisense", "#00a99d"),
    ("苏泊尔", "S", "supor", "SUPOR", "#d7000f"),
    ("联想", "L", "lenovo", "Lenovo", "#e2231a"),
    ("戴尔", "D", "dell", "DELL", "#007db8"),
    ("罗技", "L", "logitech", "logi", "#00b8fc"),
    ("耐克", "N", "nike", "NIKE", "#111111"),
    ("阿迪达斯", "A", "adidas", "adidas", "#000000"),
]

# ------------------------------------------------------------------ after-sale / packing templates
AFTER_SALE = {
    "digital": "本商品支持7天无理由退货（商品及包装完好；已激活的设备不支持无理由退货）。\n\n"
               "自签收之日起15天内出现非人为性能故障，可申请换货；整机享受1年全国联保，电池等配件保修以厂商说明为准。\n\n"
               "本店所售商品均为品牌官方正品，提供正规电子发票，凭发票及序列号可在官方售后网点享受保修服务。",
    "computer": "本商品支持7天无理由退货（商品需完好，未激活系统）。\n\n"
                "整机保修2年，主要部件（主板、CPU、内存、硬盘、屏幕）享受2年全国联保，1年内上门服务。\n\n"
                "提供正规电子发票，支持企业增值税专用发票。",
    "appliance": "本商品支持7天无理由退货（未安装、不影响二次销售）。\n\n"
                 "整机保修3年，主要部件保修10年；送货入户，由品牌授权服务网点提供免费安装调试。\n\n"
                 "以旧换新：下单时可预约免费上门回收旧机。",
    "ac": "本商品支持7天无理由退货（未安装）。\n\n"
          "整机保修6年，压缩机保修10年；含标准安装（3米铜管），超出部分按当地服务网点收费标准收取。\n\n"
          "下单后24小时内预约上门安装，安装完成后请当面验机。",
    "tv": "本商品支持7天无理由退货（未拆封、未安装）。\n\n"
          "整机保修1年，液晶面板保修3年；免费上门安装（含标准挂架或底座安装）。\n\n"
          "签收时请当面开箱检查屏幕是否破损，签收后发现屏碎不在保修范围内。",
    "small": "本商品支持7天无理由退货，15天内出现质量问题可免费换新。\n\n整机保修1年，凭订单即可享受全国联保。",
    "apparel": "支持7天无理由退换（吊牌完好、未洗涤、不影响二次销售）。\n\n"
               "签收30天内出现开胶、脱线等质量问题可申请退换，来回运费由商家承担。\n\n品牌官方授权，正品保证。",
}

# ------------------------------------------------------------------ SPUs
# Each SPU: slug, name, brand, cat, kind (drawing), draw (extra drawing options), label (latin model for images,
# str or dict option->str), specs [(name,[options])], exclude [combos], price: base + deltas, etc.
SPUS = [
    # ------------------------------------------------ 手机数码
    dict(slug="huawei-mate60pro", name="华为 Mate 60 Pro", brand="华为", cat=["手机数码", "手机通讯", "手机"],
         kind="phone", draw={"cam": "ring"}, label="HUAWEI Mate 60 Pro", views=3,
         specs=[("颜色", ["雅丹黑", "白沙银", "南糯紫"]), ("内存", ["12GB+256GB", "12GB+512GB"])],
         exclude=[("南糯紫", "12GB+512GB")],
         price=6999, deltas={"12GB+512GB": 1000}, market=300, cost=0.8,
         caption="卫星通话 超可靠玄武架构 超光变XMAGE影像 鸿蒙智慧通信",
         description="华为 Mate 60 Pro 搭载全新鸿蒙操作系统，支持卫星通话，在无地面网络覆盖的野外也能拨打和接听电话。\n\n"
                     "超可靠玄武架构配合第二代昆仑玻璃，整机抗摔能力大幅提升；6.82英寸 OLED 曲面屏支持 1-120Hz LTPO 自适应刷新率。\n\n"
                     "后置 5000 万像素超光变摄像头，物理10档可变光圈，配合 4800万像素潜望式长焦，夜景与人像表现出色。5000mAh 大电池，支持 88W 有线超级快充和 50W 无线快充。",
         packing="手机主机×1，88W 充电器×1，USB Type-C 数据线×1，保护壳×1，取卡针×1，快速指南×1，三包凭证×1"),
    dict(slug="apple-iphone16", name="Apple iPhone 16", brand="Apple", cat=["手机数码", "手机通讯", "手机"],
         kind="phone", draw={"cam": "pill"}, label="iPhone 16", views=3,
         specs=[("颜色", ["黑色", "白色", "粉色", "深青色", "群青色"]), ("存储", ["128GB", "256GB", "512GB"])],
         exclude=[("白色", "512GB"), ("深青色", "512GB"), ("粉色", "256GB")],
         price=5999, deltas={"256GB": 1000, "512GB": 3000}, market=200, cost=0.78,
         caption="A18 芯片 相机控制按钮 4800万像素融合式主摄 支持 5G 双卡双待",
         description="iPhone 16 采用全新 A18 芯片，为 Apple 智能而打造，性能与能效全面提升。\n\n"
                     "全新的相机控制按钮，轻轻一按即可快速启动相机，轻扫即可调整变焦与曝光；4800 万像素融合式摄像头可拍摄空间照片和空间视频。\n\n"
                     "6.1 英寸超视网膜 XDR 显示屏，灵动岛设计；操作按钮可自定义，支持 MagSafe 无线充电与 USB-C 接口。",
         packing="iPhone×1，USB-C 编织充电线（1米）×1，资料×1"),
    dict(slug="xiaomi-14", name="小米14 徕卡光学镜头 5G手机", brand="小米", cat=["手机数码", "手机通讯", "手机"],
         kind="phone", draw={"cam": "square"}, label="Xiaomi 14", views=2,
         specs=[("颜色", ["黑色", "白色", "岩石青", "雪山粉"]), ("内存", ["12GB+256GB", "16GB+512GB"])],
         exclude=[("岩石青", "16GB+512GB"), ("雪山粉", "16GB+512GB")],
         price=3999, deltas={"16GB+512GB": 600}, market=300, cost=0.82,
         caption="第三代骁龙8 徕卡光学Summilux镜头 90W澎湃秒充 小尺寸旗舰",
         description="小米14 搭载第三代骁龙8移动平台，配合小米澎湃 OS，流畅稳定，游戏帧率更高、功耗更低。\n\n"
                     "徕卡光学 Summilux 镜头，5000 万像素光影猎人 900 主摄，徕卡经典与徕卡生动两种影调随心切换。\n\n"
                     "6.36 英寸 1.5K 直屏，4610mAh 电池支持 90W 有线澎湃秒充与 50W 无线秒充。",
         packing="手机×1，90W 充电器×1，USB Type-C 数据线×1，保护壳×1，取卡针×1，说明书×1"),
    dict(slug="huawei-watchgt4", name="华为 WATCH GT 4 智能手表", brand="华为", cat=["手机数码", "智能设备", "智能手表"],
         kind="watch", label="HUAWEI WATCH GT 4", views=2,
         specs=[("颜色", ["曜石黑", "山茶棕", "云杉绿"]), ("尺寸", ["46mm", "41mm"])],
         exclude=[("曜石黑", "41mm"), ("云杉绿", "41mm")],
         price=1488, deltas={"41mm": -100, "山茶棕": 100}, market=200, cost=0.7,
         caption="两周长续航 科学运动健康管理 蓝牙通话 NFC支付",
         description="华为 WATCH GT 4 采用几何美学设计，八边形表圈搭配精致表带，商务休闲皆宜。\n\n"
                     "支持心率、血氧、睡眠、压力全天候监测，内置 100+ 运动模式与科学训练建议。\n\n"
                     "46mm 版本典型使用场景续航可达 14 天，支持蓝牙通话、NFC 公交卡与微信支付。",
         packing="手表×1，无线充电底座×1，快速入门×1，保修卡×1"),
    dict(slug="xiaomi-band8", name="小米手环8 NFC版", brand="小米", cat=["手机数码", "智能设备", "智能手环"],
         kind="watch", draw={"band": True}, label="Xiaomi Smart Band 8", views=1,
         specs=[("颜色", ["亮黑色", "淡金色"])],
         price=249, deltas={}, market=30, cost=0.65,
         caption="1.62英寸 AMOLED 大屏 150+运动模式 16天超长续航",
         description="小米手环8 采用 1.62 英寸 AMOLED 高清大屏，60Hz 刷新率，阳光下清晰可见。\n\n"
                     "支持 150 余种运动模式、全天候心率与血氧监测、科学睡眠分析；NFC 版支持刷公交与门禁。\n\n"
                     "典型使用续航长达 16 天，磁吸快充约 1 小时充满。",
         packing="手环×1，腕带×1，充电线×1，说明书×1"),
    dict(slug="apple-airpodspro2", name="Apple AirPods Pro（第二代）USB-C 主动降噪耳机", brand="Apple",
         cat=["手机数码", "影音娱乐", "耳机"], kind="earbuds", label="AirPods Pro 2", views=2,
         specs=[("颜色", ["白色"])],
         price=1899, deltas={}, market=100, cost=0.72,
         caption="主动降噪 自适应音频 个性化空间音频 MagSafe 充电盒",
         description="AirPods Pro（第二代）搭载 H2 芯片，主动降噪效果最高可达上一代的 2 倍。\n\n"
                     "通透模式与自适应音频根据环境自动调节，对话感知功能在你开口说话时自动降低媒体音量。\n\n"
                     "MagSafe 充电盒（USB-C）内置扬声器，支持“查找”定位，配合耳机总续航最长可达 30 小时。",
         packing="AirPods Pro×1，MagSafe 充电盒（USB-C）×1，耳塞套（XS/S/M/L）×1，USB-C 编织充电线×1，资料×1"),
    dict(slug="sony-wh1000xm5", name="索尼 WH-1000XM5 头戴式无线降噪耳机", brand="索尼",
         cat=["手机数码", "影音娱乐", "耳机"], kind="headphones", label="SONY WH-1000XM5", views=2,
         specs=[("颜色", ["黑色", "铂金银", "午夜蓝"])],
         price=2499, deltas={"午夜蓝": 100}, market=500, cost=0.7,
         caption="双芯驱动 智能降噪 30小时长续航 高解析度音频",
         description="索尼 WH-1000XM5 搭载 QN1 与 V1 双芯处理器，8 麦克风协同工作，降噪效果行业领先。\n\n"
                     "30mm 专属驱动单元，支持 LDAC 高解析度无线音频与 DSEE Extreme 音质增强。\n\n"
                     "单次充电续航约 30 小时，充电 3 分钟即可使用 3 小时；轻量化设计，佩戴舒适。",
         packing="耳机×1，便携收纳盒×1，USB Type-C 充电线×1，耳机连接线×1，说明书×1"),
    # ------------------------------------------------ 家用电器 / 大家电
    dict(slug="haier-bcd470wdpg", name="海尔 BCD-470WDPG 十字双开门冰箱 470升 风冷无霜 一级能效", brand="海尔",
         cat=["家用电器", "大家电", "冰箱"], kind="fridge", draw={"style": "cross"}, label="Haier BCD-470WDPG", views=2,
         specs=[("颜色", ["玉墨银", "暮光金"])],
         price=3999, deltas={"暮光金": 200}, market=1000, cost=0.78,
         caption="470升大容量 风冷无霜 一级能效双变频 干湿分储 母婴专区",
         description="海尔 470 升十字双开门冰箱，四门分区设计，冷藏、冷冻、变温空间按需分配，生熟分储更卫生。\n\n"
                     "风冷无霜技术，告别手动除霜；一级能效双变频压缩机，运行安静，日耗电低至 0.9 度。\n\n"
                     "-7℃~5℃ 宽幅变温室，可在母婴、肉类保鲜、果蔬等模式间一键切换；超薄嵌入式机身，适配现代橱柜。",
         packing="冰箱主机×1，说明书×1，保修卡×1，蛋架×1，制冰盒×1"),
    dict(slug="midea-bcd606wkpzm", name="美的 BCD-606WKPZM(E) 对开门冰箱 606升 变频风冷", brand="美的",
         cat=["家用电器", "大家电", "冰箱"], kind="fridge", draw={"style": "side"}, label="Midea BCD-606WKPZM(E)", views=2,
         specs=[("颜色", ["炫晶灰", "白色"])],
         price=3299, deltas={"白色": -100}, market=700, cost=0.8,
         caption="606升超大容量 风冷无霜 一级变频 净味保鲜 智能家电",
         description="美的 606 升对开门冰箱，超大容量满足多口之家的囤货需求，冷藏室层架可自由调节。\n\n"
                     "风冷无霜与多路送风设计，温度均匀，食材不结霜；一级能效变频压缩机，省电又静音。\n\n"
                     "支持美的美居 App 远程控温，净味系统有效抑制冰箱异味。",
         packing="冰箱主机×1，说明书×1，保修卡×1"),
    dict(slug="haier-eg100mate28s", name="海尔 MATE28S 滚筒洗衣机 全自动 直驱变频 除菌螨", brand="海尔",
         cat=["家用电器", "大家电", "洗衣机"], kind="washer", label={"10公斤": "Haier EG100MATE28S", "12公斤": "Haier EG120MATE28S"},
         views=2, specs=[("颜色", ["钛灰银", "玉墨黑"]), ("容量", ["10公斤", "12公斤"])],
         exclude=[("玉墨黑", "12公斤")],
         sku_name="海尔 {model} 滚筒洗衣机 {o1} 直驱变频 除菌螨",
         models={"10公斤": "EG100MATE28S", "12公斤": "EG120MATE28S"},
         price=2599, deltas={"12公斤": 600, "玉墨黑": 100}, market=800, cost=0.78,
         caption="直驱变频电机 1.1高洗净比 智能投放 除菌除螨 超薄平嵌",
         description="海尔滚筒洗衣机采用直驱变频电机，减少传动损耗，运行更静音、更耐用。\n\n"
                     "1.1 高洗净比，配合智能投放系统，根据衣物重量与脏污程度自动投放洗涤剂。\n\n"
                     "高温除菌除螨程序，呵护家人健康；超薄机身可平嵌入柜，节省空间。",
         packing="洗衣机主机×1，进水管×1，排水管支架×1，螺栓孔塞×4，说明书×1"),
    dict(slug="midea-mg100v11f", name="美的 V11F 滚筒洗衣机 变频 智能家电", brand="美的",
         cat=["家用电器", "大家电", "洗衣机"], kind="washer", label={"10公斤": "Midea MG100V11F", "12公斤": "Midea MG120V11F"},
         views=1, specs=[("颜色", ["巴赫银"]), ("容量", ["10公斤", "12公斤"])],
         sku_name="美的 {model} 滚筒洗衣机 {o1} 变频 巴赫银",
         models={"10公斤": "MG100V11F", "12公斤": "MG120V11F"},
         price=1499, deltas={"12公斤": 300}, market=500, cost=0.8,
         caption="10公斤大容量 BLDC变频电机 15分钟快洗 高温筒自洁",
         description="美的 MG100V11F 滚筒洗衣机，10 公斤大容量，一次洗净全家衣物与床品。\n\n"
                     "BLDC 变频电机，低噪运行；15 分钟快洗满足日常轻薄衣物的清洗需求。\n\n"
                     "支持高温筒自洁与智能称重，节水节电。",
         packing="洗衣机主机×1，进水管×1，说明书×1，保修卡×1"),
    dict(slug="tcl-v8e", name="TCL V8E 4K 超高清 液晶电视 120Hz", brand="TCL", cat=["家用电器", "大家电", "平板电视"],
         kind="tv", draw={"badge": "4K"}, label={"55英寸": "TCL 55V8E", "65英寸": "TCL 65V8E", "75英寸": "TCL 75V8E", "85英寸": "TCL 85V8E"},
         views=2,
         specs=[("颜色", ["黑色"]), ("尺寸", ["55英寸", "65英寸", "75英寸", "85英寸"])],
         exclude=[("黑色", "85英寸")],
         sku_name="TCL {model} {o1} 4K 超高清 液晶电视",
         models={"55英寸": "55V8E", "65英寸": "65V8E", "75英寸": "75V8E"},
         price=2299, deltas={"65英寸": 1000, "75英寸": 2700}, market=500, cost=0.82,
         caption="4K超高清 120Hz高刷 2+32GB大内存 远场语音 游戏电视",
         description="TCL V8E 采用 4K 超高清全面屏，120Hz 高刷新率配合 MEMC 运动补偿，体育赛事与游戏画面流畅不拖影。\n\n"
                     "2GB+32GB 大内存，应用安装更多、运行更流畅；支持远场语音，无需遥控器即可搜片换台。\n\n"
                     "HDMI 2.1 接口，支持 ALLM 自动低延迟模式，连接游戏主机即刻进入游戏模式。",
         packing="电视机×1，底座×2，遥控器×1，电池×2，说明书×1"),
    dict(slug="hisense-e7k", name="海信 E7K ULED 4K Mini LED 液晶电视 144Hz", brand="海信", cat=["家用电器", "大家电", "平板电视"],
         kind="tv", draw={"badge": "Mini LED", "stand": "pedestal"}, label={"55英寸": "Hisense 55E7K", "65英寸": "Hisense 65E7K", "75英寸": "Hisense 75E7K", "85英寸": "Hisense 85E7K"},
         views=2,
         specs=[("颜色", ["深空灰"]), ("尺寸", ["55英寸", "65英寸", "75英寸", "85英寸"])],
         sku_name="海信 {model} {o1} ULED Mini LED 4K 电视",
         models={"55英寸": "55E7K", "65英寸": "65E7K", "75英寸": "75E7K", "85英寸": "85E7K"},
         price=3299, deltas={"65英寸": 1000, "75英寸": 2700, "85英寸": 5700}, market=700, cost=0.8,
         caption="Mini LED 精准控光 144Hz 高刷 4K 超高清 AI画质引擎",
         description="海信 E7K 采用 ULED Mini LED 背光，数百个独立控光分区，峰值亮度高，暗场细节清晰。\n\n"
                     "144Hz 高刷新率与 HDMI 2.1 满血接口，畅玩次世代主机游戏；信芯 AI 画质芯片智能识别场景并优化画面。\n\n"
                     "全通道杜比视界与杜比全景声，在家即可享受影院级视听体验。",
         packing="电视机×1，底座×2，遥控器×1，电池×2，说明书×1，保修卡×1"),
    dict(slug="sony-x90l", name="索尼 X90L 4K HDR 全阵列背光 液晶电视", brand="索尼", cat=["家用电器", "大家电", "平板电视"],
         kind="tv", draw={"badge": "4K HDR"}, label={"55英寸": "SONY XR-55X90L", "65英寸": "SONY XR-65X90L", "75英寸": "SONY XR-75X90L", "85英寸": "SONY XR-85X90L"},
         views=2,
         specs=[("颜色", ["黑色"]), ("尺寸", ["55英寸", "65英寸", "75英寸", "85英寸"])],
         exclude=[("黑色", "55英寸")],
         sku_name="索尼 {model} {o1} 4K HDR 液晶电视",
         models={"55英寸": "XR-55X90L", "65英寸": "XR-65X90L", "75英寸": "XR-75X90L", "85英寸": "XR-85X90L"},
         price=7999, deltas={"75英寸": 3000, "85英寸": 7000}, market=1000, cost=0.8,
         caption="XR 认知芯片 全阵列 LED 背光 4K 120Hz 游戏模式",
         description="索尼 X90L 搭载 XR 认知芯片，模拟人眼聚焦方式分析画面，让画面更具立体感与真实感。\n\n"
                     "全阵列 LED 背光与 XR 精准控光技术，明暗对比更强烈；4K 120Hz 配合 VRR，畅享 PS5 游戏。\n\n"
                     "声场随屏技术让声音仿佛从画面中传出，支持 Google TV 与投屏功能。",
         packing="电视机×1，底座×2，语音遥控器×1，电池×2，说明书×1"),
    dict(slug="gree-yunjia", name="格力 云佳 新一级能效 变频冷暖 壁挂式空调", brand="格力", cat=["家用电器", "大家电", "空调"],
         kind="ac", label={"大1匹": "GREE KFR-26GW/NhGd1B", "1.5匹": "GREE KFR-35GW/NhGd1B"}, views=2,
         specs=[("颜色", ["白色"]), ("匹数", ["大1匹", "1.5匹"])],
         sku_name="格力 云佳 {model} {o1} 新一级能效 变频冷暖 壁挂式空调",
         models={"大1匹": "KFR-26GW/NhGd1B", "1.5匹": "KFR-35GW/NhGd1B"},
         price=2599, deltas={"1.5匹": 300}, market=600, cost=0.8,
         caption="新一级能效 变频冷暖 自清洁 56℃除菌 静音睡眠",
         description="格力云佳壁挂式空调，新一级能效，全直流变频技术，快速制冷制热，室温波动小。\n\n"
                     "56℃ 高温自清洁，有效去除蒸发器上的灰尘与细菌；睡眠模式下运行噪音低至 18 分贝。\n\n"
                     "适用面积：大1匹约 10-15㎡，1.5匹约 16-22㎡。",
         packing="室内机×1，室外机×1，遥控器×1，安装配件包×1，说明书×1"),
    dict(slug="midea-kushengdian", name="美的 酷省电 新一级能效 变频冷暖 壁挂式空调", brand="美的", cat=["家用电器", "大家电", "空调"],
         kind="ac", label={"大1匹": "Midea KFR-26GW/N8KS1-1", "1.5匹": "Midea KFR-35GW/N8KS1-1", "2匹": "Midea KFR-50GW/N8KS1-1"},
         views=2, specs=[("颜色", ["白色"]), ("匹数", ["大1匹", "1.5匹", "2匹"])],
         sku_name="美的 酷省电 {model} {o1} 新一级能效 壁挂式空调",
         models={"大1匹": "KFR-26GW/N8KS1-1", "1.5匹": "KFR-35GW/N8KS1-1", "2匹": "KFR-50GW/N8KS1-1"},
         price=2299, deltas={"1.5匹": 200, "2匹": 1300}, market=500, cost=0.8,
         caption="酷省电 新一级能效 智能WiFi 防直吹 一键自清洁",
         description="美的酷省电壁挂式空调，新一级能效，每晚运行 8 小时仅需约 1 度电。\n\n"
                     "支持美的美居 App 远程操控与语音控制，回家前提前开机。\n\n"
                     "防直吹导风设计，风感柔和；一键自清洁，保持出风洁净。",
         packing="室内机×1，室外机×1，遥控器×1，安装配件包×1，说明书×1"),
    # ------------------------------------------------ 家用电器 / 厨房小电
    dict(slug="midea-mbhs4075", name="美的 MB-HS4075 IH电饭煲 家用多功能 不粘内胆", brand="美的",
         cat=["家用电器", "厨房小电", "电饭煲"], kind="ricecooker", label="Midea MB-HS4075", views=2,
         specs=[("颜色", ["白色", "黑色"]), ("容量", ["3L", "4L", "5L"])],
         exclude=[("黑色", "3L"), ("白色", "5L")],
         price=299, deltas={"4L": 50, "5L": 100, "黑色": 20}, market=100, cost=0.65,
         caption="IH电磁加热 24小时预约 一键柴火饭 不粘内胆",
         description="美的 IH 电饭煲采用电磁立体加热，米饭受热均匀，颗颗饱满有嚼劲。\n\n"
                     "一键柴火饭、精华煮、煲仔饭等 12 种烹饪功能，24 小时智能预约，下班即可吃上热饭。\n\n"
                     "不粘涂层内胆，易清洗；可拆洗内盖，干净卫生。",
         packing="电饭煲×1，内胆×1，饭勺×1，量杯×1，蒸笼×1，说明书×1"),
    dict(slug="supor-sw17s16a", name="苏泊尔 SW-17S16A 电水壶 1.7L 304不锈钢 烧水壶", brand="苏泊尔",
         cat=["家用电器", "厨房小电", "电水壶"], kind="kettle", label="SUPOR SW-17S16A", views=2,
         specs=[("颜色", ["白色", "灰色", "薄荷绿"])],
         price=129.9, deltas={"薄荷绿": 10}, market=40, cost=0.6,
         caption="1.7L大容量 304不锈钢内胆 双层防烫 沸腾自动断电",
         description="苏泊尔电水壶采用 304 食品级不锈钢内胆，无缝一体成型，健康安全。\n\n"
                     "1800W 大功率快速烧水，1.7L 大容量满足全家饮水需求。\n\n"
                     "双层防烫外壳，沸腾自动断电、干烧保护，使用更安心。",
         packing="水壶×1，底座×1，说明书×1"),
    dict(slug="midea-m1l213b", name="美的 M1-L213B 微波炉 21升 家用小型 转盘加热", brand="美的",
         cat=["家用电器", "厨房小电", "微波炉"], kind="microwave", label="Midea M1-L213B", views=1,
         specs=[("颜色", ["白色", "黑色"])],
         price=399, deltas={"黑色": 30}, market=100, cost=0.7,
         caption="21升黄金容量 5档火力 旋钮操作 简单易用",
         description="美的 21 升家用微波炉，容量适中，适合 2-4 口之家日常加热与解冻。\n\n"
                     "5 档火力调节，机械旋钮操作，老人小孩都能轻松上手。\n\n"
                     "转盘加热更均匀，可拆卸玻璃转盘方便清洁。",
         packing="微波炉×1，玻璃转盘×1，转环×1，说明书×1"),
    # ------------------------------------------------ 电脑办公
    dict(slug="lenovo-xiaoxinpro16", name="联想 小新 Pro 16 2024 酷睿Ultra 高性能轻薄笔记本电脑", brand="联想",
         cat=["电脑办公", "电脑整机", "笔记本"], kind="laptop", label="Lenovo XiaoXin Pro 16", views=2,
         specs=[("颜色", ["鸽子灰", "月光白"]), ("内存", ["16GB+1TB", "32GB+1TB"])],
         exclude=[("月光白", "32GB+1TB")],
         price=5499, deltas={"32GB+1TB": 800}, market=500, cost=0.85,
         caption="酷睿 Ultra5 2.5K 120Hz 高刷屏 84Wh 大电池 AI PC",
         description="联想小新 Pro 16 搭载英特尔酷睿 Ultra 处理器，集成 NPU，本地运行 AI 应用更高效。\n\n"
                     "16 英寸 2.5K 120Hz 高刷护眼屏，100% sRGB 色域，办公与影音兼顾。\n\n"
                     "84Wh 大电池，续航持久；金属机身仅重约 1.9kg，全功能 Type-C 接口支持快充。",
         packing="笔记本电脑×1，100W 电源适配器×1，说明书×1，保修卡×1"),
    dict(slug="lenovo-legion-y9000p", name="联想 拯救者 Y9000P 2024 游戏本 16英寸 电竞屏", brand="联想",
         cat=["电脑办公", "电脑整机", "游戏本"], kind="laptop", draw={"gaming": True}, label="LEGION Y9000P", views=2,
         specs=[("颜色", ["碳晶灰"]), ("内存", ["16GB+1TB", "32GB+1TB"])],
         price=9999, deltas={"32GB+1TB": 1000}, market=1000, cost=0.86,
         caption="i9-14900HX RTX4060 2.5K 240Hz 电竞屏 霜刃Pro散热",
         description="拯救者 Y9000P 2024 搭载第 14 代英特尔酷睿 i9-14900HX 处理器与 NVIDIA GeForce RTX 4060 显卡，3A 大作流畅运行。\n\n"
                     "16 英寸 2.5K 240Hz 电竞屏，3ms 响应时间，100% DCI-P3 色域。\n\n"
                     "霜刃 Pro 散热系统，双风扇四出风口，长时间满载依然稳定输出。",
         packing="笔记本电脑×1，330W 电源适配器×1，说明书×1，保修卡×1"),
    dict(slug="apple-macbookair13-m3", name="Apple MacBook Air 13英寸 M3芯片 笔记本电脑", brand="Apple",
         cat=["电脑办公", "电脑整机", "笔记本"], kind="laptop", label="MacBook Air M3", views=2,
         specs=[("颜色", ["午夜色", "星光色", "深空灰色", "银色"]), ("内存", ["8GB+256GB", "16GB+512GB"])],
         exclude=[("深空灰色", "16GB+512GB"), ("星光色", "16GB+512GB")],
         price=8999, deltas={"16GB+512GB": 2500}, market=300, cost=0.8,
         caption="M3 芯片 18小时续航 Liquid 视网膜显示屏 轻至1.24kg",
         description="MacBook Air 搭载 M3 芯片，8 核中央处理器与 10 核图形处理器，轻松应对办公、修图与剪辑。\n\n"
                     "13.6 英寸 Liquid 视网膜显示屏，支持 10 亿色彩；无风扇设计，运行安静无声。\n\n"
                     "最长可达 18 小时电池续航，MagSafe 充电接口，机身轻至 1.24 千克。",
         packing="MacBook Air×1，30W USB-C 电源适配器×1，USB-C 转 MagSafe 3 连接线（2米）×1，资料×1"),
    dict(slug="dell-inspiron14plus", name="戴尔 灵越14 Plus 7440 轻薄笔记本电脑 14英寸", brand="戴尔",
         cat=["电脑办公", "电脑整机", "笔记本"], kind="laptop", label="DELL Inspiron 14 Plus", views=1,
         specs=[("颜色", ["冰河银"]), ("内存", ["16GB+512GB", "16GB+1TB"])],
         price=5799, deltas={"16GB+1TB": 500}, market=700, cost=0.84,
         caption="酷睿Ultra7 2.8K高分屏 全金属机身 商务办公",
         description="戴尔灵越 14 Plus 搭载英特尔酷睿 Ultra7 处理器，多任务办公游刃有余。\n\n"
                     "14 英寸 2.8K 高分辨率屏幕，色彩准确，长时间观看不易疲劳。\n\n"
                     "全金属机身，背光键盘与指纹识别电源键，兼顾颜值与安全。",
         packing="笔记本电脑×1，电源适配器×1，快速入门指南×1"),
    dict(slug="huawei-matepad115", name="华为 MatePad 11.5 2024 平板电脑 2.8K高刷护眼屏", brand="华为",
         cat=["电脑办公", "电脑整机", "平板电脑"], kind="tablet", label="HUAWEI MatePad 11.5", views=3,
         specs=[("颜色", ["深空灰", "冰霜银"]), ("存储", ["8GB+128GB", "8GB+256GB"])],
         price=1799, deltas={"8GB+256GB": 300}, market=200, cost=0.78,
         caption="11.5英寸 2.8K 144Hz 护眼全面屏 鸿蒙多屏协同 学习办公",
         description="华为 MatePad 11.5 拥有 11.5 英寸 2.8K 144Hz 高刷护眼屏，获德国莱茵 TÜV 低蓝光认证。\n\n"
                     "鸿蒙多屏协同，平板与手机、电脑之间拖拽即可传输文件；WPS 专业版加持，学习办公更高效。\n\n"
                     "7700mAh 大电池，支持 22.5W 快充，四扬声器带来沉浸式影音体验。",
         packing="平板×1，充电器×1，USB Type-C 数据线×1，取卡针×1，快速指南×1"),
    dict(slug="dell-ultrasharp", name="戴尔 UltraSharp 2K IPS Black 显示器 专业设计", brand="戴尔",
         cat=["电脑办公", "电脑外设", "显示器"], kind="monitor", label={"24英寸": "DELL U2424H", "27英寸": "DELL U2724D"},
         views=2,
         specs=[("颜色", ["银色"]), ("尺寸", ["24英寸", "27英寸"])],
         sku_name="戴尔 UltraSharp {model} {o1} 显示器 IPS Black 120Hz",
         models={"24英寸": "U2424H", "27英寸": "U2724D"},
         price=1499, deltas={"27英寸": 1500}, market=300, cost=0.8,
         caption="IPS Black 技术 120Hz 100% sRGB 升降旋转支架 护眼认证",
         description="戴尔 UltraSharp 显示器采用 IPS Black 面板技术，对比度高达 2000:1，黑色更深邃。\n\n"
                     "出厂逐台色彩校准，100% sRGB 与 98% DCI-P3 色域，适合设计与影像后期工作。\n\n"
                     "120Hz 刷新率，ComfortView Plus 硬件级低蓝光；多功能支架支持升降、旋转、俯仰。",
         packing="显示器×1，底座与支架×1，电源线×1，DP 线×1，USB 线×1，色彩校准报告×1"),
    dict(slug="logitech-mxkeyss", name="罗技 MX Keys S 无线蓝牙键盘 智能背光 办公键盘", brand="罗技",
         cat=["电脑办公", "电脑外设", "键盘"], kind="keyboard", label="logi MX Keys S", views=2,
         specs=[("颜色", ["石墨黑", "珍珠白"])],
         price=799, deltas={}, market=100, cost=0.6,
         caption="智能背光 多设备切换 低噪球面键帽 USB-C 快充",
         description="罗技 MX Keys S 采用球面凹陷键帽，贴合指尖，打字精准且安静。\n\n"
                     "智能背光在手靠近时自动亮起，并根据环境光调节亮度；最多可在 3 台设备间一键切换。\n\n"
                     "支持 Logi Options+ 自定义智能操作，一键完成多步骤任务。",
         packing="键盘×1，Logi Bolt 接收器×1，USB-C 充电线×1，说明书×1"),
    dict(slug="logitech-mxmaster3s", name="罗技 MX Master 3S 无线鼠标 静音 人体工学", brand="罗技",
         cat=["电脑办公", "电脑外设", "鼠标"], kind="mouse", label="logi MX Master 3S", views=2,
         specs=[("颜色", ["石墨黑", "珍珠白"])],
         price=699, deltas={}, market=100, cost=0.6,
         caption="8000DPI 静音微动 MagSpeed 电磁滚轮 跨屏操作",
         description="罗技 MX Master 3S 配备 8000 DPI 光学传感器，甚至可在玻璃表面精准追踪。\n\n"
                     "静音微动，点击噪音降低 90%；MagSpeed 电磁滚轮每秒可滚动 1000 行。\n\n"
                     "人体工学设计，握感舒适；支持 Flow 跨屏控制，在多台电脑间无缝复制粘贴。",
         packing="鼠标×1，Logi Bolt 接收器×1，USB-C 充电线×1，说明书×1"),
    # ------------------------------------------------ 运动户外
    dict(slug="nike-pegasus41", name="耐克 Nike Air Zoom Pegasus 41 男子公路跑步鞋", brand="耐克",
         cat=["运动户外", "运动鞋", "跑步鞋"], kind="sneaker", label="NIKE PEGASUS 41", views=2,
         specs=[("颜色", ["黑白", "纯白", "湖蓝"]), ("尺码", ["40", "41", "42", "43", "44"])],
         exclude=[("纯白", "44"), ("湖蓝", "40"), ("湖蓝", "44"), ("纯白", "40")],
         price=899, deltas={}, market=100, cost=0.55,
         caption="ReactX 泡绵中底 双 Air Zoom 气垫 缓震回弹 透气网面",
         description="Nike Pegasus 41 采用 ReactX 泡绵中底，能量回馈提升 13%，每一步都轻盈有弹性。\n\n"
                     "前后掌双 Air Zoom 气垫单元，带来顺滑的过渡与出色的缓震效果。\n\n"
                     "工程网眼鞋面透气轻盈，鞋跟加厚泡棉带来稳固包裹，适合日常训练与长距离慢跑。",
         packing="跑鞋×1双，鞋盒×1，备用鞋带×1副"),
    dict(slug="adidas-ultraboostlight", name="阿迪达斯 adidas Ultraboost Light 男女跑步鞋", brand="阿迪达斯",
         cat=["运动户外", "运动鞋", "跑步鞋"], kind="sneaker", label="adidas ULTRABOOST LIGHT", views=2,
         specs=[("颜色", ["核心黑", "云白"]), ("尺码", ["40", "41", "42", "43"])],
         exclude=[("云白", "43")],
         price=1299, deltas={}, market=200, cost=0.55,
         caption="Light BOOST 中底 轻量回弹 PRIMEKNIT+ 针织鞋面 马牌橡胶大底",
         description="Ultraboost Light 搭载新一代 Light BOOST 中底，比前代更轻 30%，缓震与回弹兼得。\n\n"
                     "PRIMEKNIT+ 针织鞋面贴合脚型，如袜般舒适。\n\n"
                     "Continental 马牌橡胶外底，干湿路面均有出色抓地力。",
         packing="跑鞋×1双，鞋盒×1"),
    dict(slug="nike-drifit-tee", name="耐克 Nike Dri-FIT 男子速干训练短袖T恤", brand="耐克",
         cat=["运动户外", "运动服饰", "运动T恤"], kind="tshirt", label="NIKE DRI-FIT", views=2,
         specs=[("颜色", ["黑色", "白色", "大学红"]), ("尺码", ["S", "M", "L", "XL", "XXL"])],
         exclude=[("大学红", "S"), ("大学红", "XXL"), ("白色", "XXL")],
         price=179, deltas={}, market=50, cost=0.45,
         caption="Dri-FIT 速干科技 吸湿排汗 宽松版型 健身跑步",
         description="Nike Dri-FIT 训练 T 恤采用速干面料，迅速导出汗水，训练中保持干爽舒适。\n\n"
                     "宽松版型，活动自如；落肩设计打造利落运动风。\n\n"
                     "面料成分：100% 聚酯纤维（含再生材料）。建议冷水机洗，不可漂白。",
         packing="T恤×1，吊牌×1"),
    dict(slug="adidas-3s-hoodie", name="阿迪达斯 adidas 男子三条纹 加绒连帽卫衣", brand="阿迪达斯",
         cat=["运动户外", "运动服饰", "卫衣"], kind="hoodie", label="adidas HOODIE", views=2,
         specs=[("颜色", ["黑色", "麻灰", "藏青"]), ("尺码", ["M", "L", "XL"])],
         exclude=[("藏青", "M")],
         price=449, deltas={}, market=150, cost=0.45,
         caption="经典三条纹 加绒保暖 袋鼠兜 秋冬休闲运动",
         description="阿迪达斯经典三条纹连帽卫衣，袖侧条纹设计，运动感十足。\n\n"
                     "内里加绒，柔软亲肤，秋冬保暖；前置袋鼠兜方便收纳随身物品。\n\n"
                     "罗纹袖口与下摆，防风锁温。面料成分：棉 70%，聚酯纤维 30%。",
         packing="卫衣×1，吊牌×1"),
    dict(slug="nike-brasilia-backpack", name="耐克 Nike Brasilia 训练双肩包 24L 大容量", brand="耐克",
         cat=["运动户外", "户外装备", "双肩包"], kind="backpack", label="NIKE BRASILIA 24L", views=2,
         specs=[("颜色", ["黑色", "藏青"])],
         price=219, deltas={}, market=80, cost=0.5,
         caption="24L大容量 多隔层收纳 耐磨面料 通勤健身两用",
         description="Nike Brasilia 双肩包，24L 大容量主仓，可放入 15 英寸笔记本电脑与运动装备。\n\n"
                     "前置拉链口袋方便取放小物件，侧边网袋可放水杯。\n\n"
                     "加厚肩带与透气背板，长时间背负依然舒适。",
         packing="双肩包×1，吊牌×1"),
]

AFTER_KIND = {"phone": "digital", "watch": "digital", "earbuds": "digital", "headphones": "digital", "tablet": "digital",
              "laptop": "computer", "monitor": "computer", "keyboard": "small", "mouse": "small",
              "fridge": "appliance", "washer": "appliance", "tv": "tv", "ac": "ac",
              "ricecooker": "small", "kettle": "small", "microwave": "small",
              "sneaker": "apparel", "tshirt": "apparel", "hoodie": "apparel", "backpack": "apparel"}

# hand-picked SKUs with special stock / launch state: (spu slug, options) -> overrides
SPECIAL = {
    ("huawei-mate60pro", ("白沙银", "12GB+512GB")): {"stock": 0},
    ("huawei-mate60pro", ("南糯紫", "12GB+256GB")): {"stock": 3},
    ("apple-iphone16", ("粉色", "512GB")): {"stock": 2},
    ("sony-wh1000xm5", ("午夜蓝",)): {"stock": 0},
    ("hisense-e7k", ("深空灰", "85英寸")): {"stock": 4},
    ("sony-x90l", ("黑色", "85英寸")): {"launched": False, "stock": 20, "sales": 0},
    ("apple-macbookair13-m3", ("银色", "16GB+512GB")): {"stock": 5},
    ("nike-pegasus41", ("黑白", "44")): {"stock": 1},
    ("nike-drifit-tee", ("白色", "S")): {"stock": 0},
    ("adidas-3s-hoodie", ("藏青", "XL")): {"launched": False, "stock": 60, "sales": 0},
    ("supor-sw17s16a", ("薄荷绿",)): {"stock": 2},
}

BANNERS = [
    # file, product kind, colour name, draw opts, bg1, bg2, title, sub, url, text
    ("banner-fridge", "fridge", "暮光金", {"style": "cross"}, "#0f6cbd", "#52b6ff", "家电焕新季 冰箱低至8折",
     "海尔十字双开门 470升 风冷无霜", "/search?q=冰箱", "以旧换新至高补贴20%"),
    ("banner-phone", "phone", "南糯紫", {"cam": "ring"}, "#5b3cc4", "#c471f5", "华为 Mate 60 Pro 限时直降",
     "卫星通话 超可靠玄武架构", "/search?q=华为", "12期免息 赠原装保护壳"),
    ("banner-laptop", "laptop", "午夜色", {}, "#1f2937", "#4b5563", "MacBook Air M3 新品上市",
     "轻至1.24kg 最长18小时续航", "/search?q=笔记本", "教育优惠 最高立减800元"),
    ("banner-tv", "tv", "黑色", {}, "#b91c1c", "#f97316", "4K 大屏电视 年货节特惠",
     "55/65/75英寸 120Hz高刷", "/search?q=电视", "送装一体 免费上门安装"),
    ("banner-shoes", "sneaker", "湖蓝", {}, "#047857", "#34d399", "跑步季 运动鞋服满300减50",
     "Nike Pegasus 41 缓震回弹", "/search?q=跑步鞋", "会员专享包邮"),
]

NEWS = [
    ("华为 Mate 60 Pro 限时直降300元，12期免息", "/search?q=Mate 60 Pro"),
    ("家电以旧换新：冰箱、洗衣机、空调至高补贴20%", "/search?q=冰箱"),
    ("iPhone 16 全系现货，下单当日发货", "/search?q=iPhone 16"),
    ("开学季：笔记本电脑教育优惠最高立减800元", "/search?q=笔记本"),
    ("空调免费上门安装，下单24小时内预约", "/search?q=空调"),
    ("运动鞋服满300减50，会员再享95折", "/search?q=跑步鞋"),
]

HEADER_ADS = [
    ("top-ad-1", "#e11d48", "#fb7185", "家电焕新季 满3000减300", "冰箱 / 洗衣机 / 空调 / 电视 大牌直降", "/search?q=家电"),
    ("top-ad-2", "#2563eb", "#60a5fa", "数码新品首发 12期免息", "手机 / 平板 / 笔记本 以旧换新再享补贴", "/search?q=手机"),
]


# ------------------------------------------------------------------ English catalog names
# The shop shows these on English pages (Chinese when one is missing). Colours by their Chinese name.
COLOURS_EN = {
    "雅丹黑": "Yadan Black", "白沙银": "White Sand Silver", "南糯紫": "Nanuo Purple", "黑色": "Black", "白色": "White",
    "粉色": "Pink", "深青色": "Teal", "群青色": "Ultramarine", "岩石青": "Rock Green", "雪山粉": "Snow Pink",
    "曜石黑": "Obsidian Black", "山茶棕": "Camellia Brown", "云杉绿": "Spruce Green", "铂金银": "Platinum Silver",
    "午夜蓝": "Midnight Blue", "亮黑色": "Glossy Black", "淡金色": "Champagne Gold", "玉墨银": "Jade Silver",
    "暮光金": "Twilight Gold", "炫晶灰": "Crystal Grey", "钛灰银": "Titanium Silver", "玉墨黑": "Jade Black",
    "巴赫银": "Bach Silver", "星空黑": "Starry Black", "灰色": "Grey", "薄荷绿": "Mint Green", "鸽子灰": "Dove Grey",
    "月光白": "Moonlight White", "碳晶灰": "Carbon Grey", "午夜色": "Midnight", "星光色": "Starlight",
    "深空灰色": "Space Grey", "银色": "Silver", "冰河银": "Glacier Silver", "深空灰": "Deep Space Grey",
    "冰霜银": "Frost Silver", "石墨黑": "Graphite", "珍珠白": "Pale Grey", "黑白": "Black/White", "纯白": "Pure White",
    "湖蓝": "Lake Blue", "核心黑": "Core Black", "云白": "Cloud White", "大学红": "University Red", "麻灰": "Heather Grey",
    "藏青": "Navy",
}

CATEGORIES_EN = {
    "手机数码": "Phones & Digital", "手机通讯": "Mobile Phones", "手机": "Phones", "对讲机": "Walkie-Talkies",
    "手机配件": "Phone Accessories", "智能设备": "Smart Devices", "智能手表": "Smartwatches", "智能手环": "Fitness Bands",
    "VR眼镜": "VR Headsets", "影音娱乐": "Audio & Video", "耳机": "Headphones", "蓝牙音箱": "Bluetooth Speakers",
    "摄影摄像": "Cameras", "数码相机": "Digital Cameras", "微单相机": "Mirrorless Cameras",
    "家用电器": "Home Appliances", "大家电": "Large Appliances", "冰箱": "Refrigerators", "洗衣机": "Washing Machines",
    "平板电视": "TVs", "空调": "Air Conditioners", "厨房小电": "Kitchen Appliances", "电饭煲": "Rice Cookers",
    "电水壶": "Electric Kettles", "微波炉": "Microwave Ovens", "破壁机": "Blenders", "生活电器": "Household Appliances",
    "吸尘器": "Vacuum Cleaners", "电风扇": "Electric Fans", "空气净化器": "Air Purifiers",
    "电脑办公": "Computers & Office", "电脑整机": "Computers", "笔记本": "Laptops", "游戏本": "Gaming Laptops",
    "平板电脑": "Tablets", "台式机": "Desktops", "电脑外设": "Peripherals", "显示器": "Monitors", "键盘": "Keyboards",
    "鼠标": "Mice", "摄像头": "Webcams", "办公设备": "Office Equipment", "打印机": "Printers", "投影机": "Projectors",
    "运动户外": "Sports & Outdoors", "运动鞋": "Sports Shoes", "跑步鞋": "Running Shoes", "篮球鞋": "Basketball Shoes",
    "休闲鞋": "Casual Shoes", "运动服饰": "Sportswear", "运动T恤": "Sports T-Shirts", "卫衣": "Hoodies",
    "运动裤": "Sports Pants", "户外装备": "Outdoor Gear", "双肩包": "Backpacks", "帐篷": "Tents", "登山杖": "Trekking Poles",
}

CHANNEL_GROUPS_EN = {"手机/数码": "Phones/Digital", "家用电器": "Appliances", "电脑/办公": "Computers/Office", "运动/户外": "Sports/Outdoors"}

BRANDS_EN = {"华为": "Huawei", "小米": "Xiaomi", "索尼": "Sony", "海尔": "Haier", "美的": "Midea", "格力": "Gree",
             "海信": "Hisense", "苏泊尔": "Supor", "联想": "Lenovo", "戴尔": "Dell", "罗技": "Logitech", "耐克": "Nike",
             "阿迪达斯": "adidas"}  # Apple and TCL are the same in both

SPECS_EN = {"颜色": "Colour", "内存": "Memory", "存储": "Storage", "尺寸": "Size", "容量": "Capacity", "匹数": "Power",
            "尺码": "Size"}


def option_en(value):
    """English of a spec option: colours by table, units translated, the rest (128GB, 42, XL) as they are."""
    if value in COLOURS_EN:
        return COLOURS_EN[value]
    value = re.sub(r"^(\d+)英寸$", r'\1"', value)
    value = re.sub(r"^(\d+)公斤$", r"\1 kg", value)
    value = re.sub(r"^大(\d+)匹$", r"\1 HP+", value)
    return re.sub(r"^([\d.]+)匹$", r"\1 HP", value)


AFTER_SALE_EN = {
    "digital": "7-day no-reason returns (product and packaging intact; activated devices excluded).\n\n"
               "Exchange within 15 days of delivery for non-user-caused faults; 1-year nationwide warranty.\n\n"
               "Genuine brand products with an official e-invoice for warranty service.",
    "computer": "7-day no-reason returns (product intact, system not activated).\n\n"
                "2-year warranty on the whole unit and main parts; on-site service in the first year.\n\n"
                "Official e-invoice; VAT special invoices for companies.",
    "appliance": "7-day no-reason returns (not installed, resalable).\n\n"
                 "3-year warranty, 10 years on main parts; delivery to your home and free installation.\n\n"
                 "Trade-in: book a free pick-up of your old appliance when ordering.",
    "ac": "7-day no-reason returns (not installed).\n\n"
          "6-year warranty, 10 years on the compressor; standard installation included (3 m copper pipe).\n\n"
          "Installation booked within 24 hours of ordering; please check the unit on completion.",
    "tv": "7-day no-reason returns (unopened, not installed).\n\n"
          "1-year warranty, 3 years on the panel; free installation (standard bracket or stand).\n\n"
          "Please unpack and check the screen on delivery: a broken screen found later is not covered.",
    "small": "7-day no-reason returns; free replacement for quality problems within 15 days.\n\n"
             "1-year nationwide warranty with your order.",
    "apparel": "7-day no-reason returns and exchanges (tags intact, unwashed, resalable).\n\n"
               "Quality problems within 30 days of delivery: returned or exchanged, shipping paid by the shop.\n\n"
               "Authorised by the brand, genuine guaranteed.",
}

# slug -> (English SPU name, English caption, English SKU name pattern or None: like "sku_name")
SPUS_EN = {
    "huawei-mate60pro": ("Huawei Mate 60 Pro", "Satellite calling, Kunlun glass, XMAGE variable-aperture camera, HarmonyOS", None),
    "apple-iphone16": ("Apple iPhone 16", "A18 chip, Camera Control, 48MP Fusion camera, 5G dual SIM", None),
    "xiaomi-14": ("Xiaomi 14 5G phone with Leica optics", "Snapdragon 8 Gen 3, Leica Summilux lens, 90W HyperCharge, compact flagship", None),
    "huawei-watchgt4": ("Huawei WATCH GT 4 smartwatch", "Two-week battery, health and workout tracking, Bluetooth calls, NFC pay", None),
    "xiaomi-band8": ("Xiaomi Smart Band 8 NFC", "1.62-inch AMOLED, 150+ workout modes, 16-day battery", None),
    "apple-airpodspro2": ("Apple AirPods Pro (2nd generation) USB-C noise-cancelling earbuds",
                          "Active noise cancellation, Adaptive Audio, personalised Spatial Audio, MagSafe case", None),
    "sony-wh1000xm5": ("Sony WH-1000XM5 wireless noise-cancelling headphones", "Two processors, auto noise cancelling, 30-hour battery, Hi-Res Audio", None),
    "haier-bcd470wdpg": ("Haier BCD-470WDPG French-door refrigerator 470 L, frost-free, energy class 1",
                         "470 L, frost-free, dual inverter, dry/moist zones, baby-food zone", None),
    "midea-bcd606wkpzm": ("Midea BCD-606WKPZM(E) side-by-side refrigerator 606 L, inverter, frost-free",
                          "606 L, frost-free, inverter, odour control, smart home", None),
    "haier-eg100mate28s": ("Haier MATE28S front-load washing machine, direct drive inverter, anti-mite",
                           "Direct-drive inverter motor, 1.1 wash ratio, auto dosing, anti-mite, slim built-in",
                           "Haier {model} front-load washer {o1} direct drive inverter anti-mite"),
    "midea-mg100v11f": ("Midea V11F front-load washing machine, inverter, smart",
                        "10 kg, BLDC inverter motor, 15-minute quick wash, drum self-clean",
                        "Midea {model} front-load washer {o1} inverter Bach Silver"),
    "tcl-v8e": ("TCL V8E 4K Ultra HD LCD TV 120Hz", "4K Ultra HD, 120Hz, 2+32GB memory, far-field voice, gaming TV",
                "TCL {model} {o1} 4K Ultra HD LCD TV"),
    "hisense-e7k": ("Hisense E7K ULED 4K Mini LED TV 144Hz", "Mini LED local dimming, 144Hz, 4K Ultra HD, AI picture engine",
                    "Hisense {model} {o1} ULED Mini LED 4K TV"),
    "sony-x90l": ("Sony X90L 4K HDR full-array LED TV", "Cognitive Processor XR, full-array LED, 4K 120Hz, game mode",
                  "Sony {model} {o1} 4K HDR LCD TV"),
    "gree-yunjia": ("Gree Yunjia energy class 1 inverter wall-mounted air conditioner",
                    "Energy class 1, inverter heating and cooling, self-cleaning, 56°C sterilisation, quiet sleep",
                    "Gree Yunjia {model} {o1} energy class 1 inverter wall-mounted air conditioner"),
    "midea-kushengdian": ("Midea Kushengdian energy class 1 inverter wall-mounted air conditioner",
                          "Power saving, energy class 1, smart Wi-Fi, no direct draft, one-touch self-clean",
                          "Midea Kushengdian {model} {o1} energy class 1 wall-mounted air conditioner"),
    "midea-mbhs4075": ("Midea MB-HS4075 IH rice cooker, multifunction, non-stick pot", "IH heating, 24-hour timer, wood-fire rice mode, non-stick pot", None),
    "supor-sw17s16a": ("Supor SW-17S16A electric kettle 1.7 L, 304 stainless steel", "1.7 L, 304 stainless steel, double-wall cool touch, auto shut-off", None),
    "midea-m1l213b": ("Midea M1-L213B microwave oven 21 L, compact, turntable", "21 L, 5 power levels, dial controls, easy to use", None),
    "lenovo-xiaoxinpro16": ("Lenovo Xiaoxin Pro 16 2024 Core Ultra thin and light laptop", "Core Ultra 5, 2.5K 120Hz display, 84Wh battery, AI PC", None),
    "lenovo-legion-y9000p": ("Lenovo Legion Y9000P 2024 16-inch gaming laptop", "i9-14900HX, RTX 4060, 2.5K 240Hz display, Coldfront Pro cooling", None),
    "apple-macbookair13-m3": ("Apple MacBook Air 13-inch M3 laptop", "M3 chip, 18-hour battery, Liquid Retina display, from 1.24 kg", None),
    "dell-inspiron14plus": ("Dell Inspiron 14 Plus 7440 thin and light 14-inch laptop", "Core Ultra 7, 2.8K display, all-metal body, business", None),
    "huawei-matepad115": ("Huawei MatePad 11.5 2024 tablet, 2.8K eye-care display", "11.5-inch 2.8K 144Hz eye-care display, HarmonyOS multi-screen, study and work", None),
    "dell-ultrasharp": ("Dell UltraSharp 2K IPS Black monitor for design", "IPS Black, 120Hz, 100% sRGB, height and swivel stand, eye comfort",
                        "Dell UltraSharp {model} {o1} monitor IPS Black 120Hz"),
    "logitech-mxkeyss": ("Logitech MX Keys S wireless keyboard with smart backlight", "Smart backlight, multi-device, quiet spherical keys, USB-C charging", None),
    "logitech-mxmaster3s": ("Logitech MX Master 3S wireless mouse, quiet, ergonomic", "8000 DPI, quiet clicks, MagSpeed scroll wheel, Flow cross-computer", None),
    "nike-pegasus41": ("Nike Air Zoom Pegasus 41 men's road running shoes", "ReactX foam, dual Air Zoom units, cushioned and responsive, breathable mesh", None),
    "adidas-ultraboostlight": ("adidas Ultraboost Light running shoes", "Light BOOST midsole, light and responsive, PRIMEKNIT+ upper, Continental outsole", None),
    "nike-drifit-tee": ("Nike Dri-FIT men's training T-shirt", "Dri-FIT sweat-wicking, loose fit, gym and running", None),
    "adidas-3s-hoodie": ("adidas men's 3-Stripes fleece hoodie", "Classic 3-Stripes, warm fleece, kangaroo pocket, autumn and winter", None),
    "nike-brasilia-backpack": ("Nike Brasilia training backpack 24 L", "24 L, multiple compartments, durable fabric, commute and gym", None),
}


# ------------------------------------------------------------------ helpers
def money(x):
    return round(float(x) + 1e-9, 2)


def tidy(x):
    """Round a price to something that looks like a shop price."""
    if x >= 1000:
        return money(round(x / 100) * 100 - 1)   # 6999-style
    if x >= 100:
        return money(round(x / 10) * 10 - 1)     # 399-style
    return money(round(x, 1))


def slugify(opt):
    s = opt.replace("英寸", "in").replace("公斤", "kg").replace("大1匹", "1p-plus").replace("匹", "p")
    s = re.sub(r"[^0-9A-Za-z.]+", "-", s).strip("-").lower().replace(".", "")
    return s or "x"


class Json:
    """Tiny pretty-printer: 2-space indent, prices with 2 decimals, short scalar lists inline."""

    def __init__(self):
        self.out = []

    def dump(self, v, ind=0):
        import json
        sp = "  " * ind
        if isinstance(v, dict):
            if not v:
                return "{}"
            items = ["%s  %s: %s" % (sp, json.dumps(k, ensure_ascii=False), self.dump(x, ind + 1)) for k, x in v.items()]
            return "{\n" + ",\n".join(items) + "\n" + sp + "}"
        if isinstance(v, list):
            if not v:
                return "[]"
            if all(not isinstance(x, (dict, list)) for x in v):
                return "[" + ", ".join(self.dump(x, ind + 1) for x in v) + "]"
            return "[\n" + ",\n".join(sp + "  " + self.dump(x, ind + 1) for x in v) + "\n" + sp + "]"
        if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, float):
            return "%.2f" % v
        raise TypeError(type(v))


def build(outdir):
    rng = random.Random(20240618)
    for sub in ("skus", "ads", "brands"):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    files = {}

    def write(rel, text):
        assert rel not in files or files[rel] == text, rel
        files[rel] = text

    # brands
    brands = []
    brand_names = set()
    for name, letter, slug, word, colour in BRANDS:
        rel = "brands/%s.svg" % slug
        write(rel, svgart.brand_svg(word, colour))
        brands.append({"name": name, "nameEn": BRANDS_EN.get(name), "firstLetter": letter, "logo": rel})
        brand_names.add(name)

    categories = [{"name": n1, "nameEn": CATEGORIES_EN[n1],
                   "children": [{"name": n2, "nameEn": CATEGORIES_EN[n2],
                                 "children": [{"name": n3, "nameEn": CATEGORIES_EN[n3]} for n3 in l3]} for n2, l3 in l2]}
                  for n1, l2 in CATEGORIES]
    cat_paths = {(n1, n2, n3) for n1, l2 in CATEGORIES for n2, l3 in l2 for n3 in l3}

    spus = []
    per_kind = {}
    for sp in SPUS:
        # Products of one kind get different screens, pictures and details (svgart.Look), seeded by the slug.
        look = svgart.Look(sp["slug"], sp["kind"], per_kind.setdefault(sp["kind"], 0))
        per_kind[sp["kind"]] += 1
        assert sp["brand"] in brand_names, sp["brand"]
        assert tuple(sp["cat"]) in cat_paths, sp["cat"]
        specs = sp["specs"]
        exclude = set(tuple(e) for e in sp.get("exclude", []))
        combos = [c for c in itertools.product(*[o for _, o in specs]) if c not in exclude]
        assert len(exclude & set(itertools.product(*[o for _, o in specs]))) == len(exclude), sp["slug"]
        skus = []
        for combo in combos:
            colour = combo[0]
            cslug, body, accent = COLOURS[colour]
            # name (and its English twin, built the same way)
            name_en_spu, _, sku_name_en = SPUS_EN[sp["slug"]]
            if "sku_name" in sp:
                model = sp["models"][combo[1]]
                name = sp["sku_name"].format(model=model, o1=combo[1], o0=combo[0])
                name_en = sku_name_en.format(model=model, o1=option_en(combo[1]), o0=option_en(combo[0]))
                if len(sp["specs"][0][1]) > 1:
                    name += " " + colour
                    name_en += " " + option_en(colour)
            else:
                name = sp["name"] + " " + " ".join(combo)
                name_en = name_en_spu + " " + " ".join(option_en(o) for o in combo)
            # price
            price = sp["price"] + sum(sp["deltas"].get(o, 0) for o in combo)
            price = money(price)
            market = money(price + sp["market"])
            cost = tidy(price * sp["cost"]) if price >= 100 else money(round(price * sp["cost"], 1))
            if cost >= price:
                cost = money(price * 0.8)
            # images: keyed by colour (+ the spec that changes the look, e.g. TV size)
            lab = sp["label"]
            key = cslug
            if isinstance(lab, dict):
                vopt = next(o for o in combo if o in lab)
                lab = lab[vopt]
                key += "-" + slugify(vopt)  # the option that changes the model label (size, capacity ...)
            images = []
            for v in range(1, sp["views"] + 1):
                rel = "skus/%s-%s-%d.svg" % (sp["slug"], key, v)
                write(rel, svgart.product_svg(sp["kind"], body, accent, v, lab, sp.get("draw"), look))
                images.append(rel)
            # stock & sales
            r = rng.random()
            stock = rng.randint(10, 60) if r < 0.35 else rng.randint(60, 500)
            sales = int(rng.random() ** 2.2 * 20000)
            sku = {"name": name, "nameEn": name_en, "caption": sp["caption"], "captionEn": SPUS_EN[sp["slug"]][1],
                   "price": price, "marketPrice": market, "costPrice": cost,
                   "stock": stock, "sales": sales, "launched": True, "options": list(combo), "images": images}
            sku.update(SPECIAL.get((sp["slug"], combo), {}))
            skus.append(sku)
        spus.append({
            "name": sp["name"], "nameEn": SPUS_EN[sp["slug"]][0], "brand": sp["brand"], "category": sp["cat"],
            "description": sp["description"], "afterSale": AFTER_SALE[AFTER_KIND[sp["kind"]]],
            "afterSaleEn": AFTER_SALE_EN[AFTER_KIND[sp["kind"]]],
            "packing": sp["packing"],
            "specs": [{"name": n, "nameEn": SPECS_EN[n], "options": o, "optionsEn": [option_en(x) for x in o]} for n, o in specs],
            "skus": skus,
        })
    for (slug, combo) in SPECIAL:
        assert any(s["slug"] == slug for s in SPUS), slug

    # contents
    lbt = []
    for i, (fn, kind, cname, opts, c1, c2, title, sub, url, text) in enumerate(BANNERS, 1):
        _, body, accent = COLOURS[cname]
        rel = "ads/%s.svg" % fn
        write(rel, svgart.banner_svg(kind, body, accent, opts, c1, c2, title, sub, lk=svgart.Look(fn, kind, i)))
        lbt.append({"title": title, "url": url, "image": rel, "text": text, "sequence": i})
    kx = [{"title": t, "url": u, "image": None, "text": t, "sequence": i} for i, (t, u) in enumerate(NEWS, 1)]
    ytgg = []
    for i, (fn, c1, c2, title, sub, url) in enumerate(HEADER_ADS, 1):
        rel = "ads/%s.svg" % fn
        write(rel, svgart.header_ad_svg(c1, c2, title, sub))
        ytgg.append({"title": title, "url": url, "image": rel, "text": sub, "sequence": i})
    contents = [
        {"key": "index_lbt", "name": "首页轮播图", "items": lbt},
        {"key": "index_kx", "name": "首页快讯", "items": kx},
        {"key": "index_ytgg", "name": "首页页头广告", "items": ytgg},
    ]

    catalog = {
        "categories": categories,
        "channelGroups": [{"name": n, "nameEn": CHANNEL_GROUPS_EN[n], "categories": c} for n, c in CHANNEL_GROUPS],
        "brands": brands,
        "spus": spus,
        "contents": contents,
    }
    for rel, text in sorted(files.items()):
        with open(os.path.join(outdir, rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(outdir, "catalog.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(Json().dump(catalog) + "\n")
    nsku = sum(len(s["skus"]) for s in spus)
    print("wrote %s: %d categories, %d brands, %d SPUs, %d SKUs, %d SVG files"
          % (os.path.join(outdir, "catalog.json"), len(categories), len(brands), len(spus), nsku, len(files)))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    build(sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(here, "..", "catalog")))
