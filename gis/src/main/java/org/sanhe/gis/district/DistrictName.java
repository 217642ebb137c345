package org.sanhe.gis.district;

import java.util.List;
import java.util.Optional;

/**
 * The national administrative code and pinyin name of each of Xi'an's 13 districts and counties (public, from the
 * Ministry of Civil Affairs' code list), keyed by the Chinese name the source polygons carry.
 *
 * @param code   administrative code
 * @param name   Chinese name
 * @param nameEn pinyin name
 */
public record DistrictName(String code, String name, String nameEn) {

    /** All 13, in code order. */
    public static final List<DistrictName> XIAN = List.of(
            new DistrictName("610102", "新城区", "Xincheng District"),
            new DistrictName("610103", "碑林区", "Beilin District"),
            new DistrictName("610104", "莲湖区", "Lianhu District"),
            new DistrictName("610111", "灞桥区", "Baqiao District"),
            new DistrictName("610112", "未央区", "Weiyang District"),
            new DistrictName("610113", "雁塔区", "Yanta District"),
            new DistrictName("610114", "阎良区", "Yanliang District"),
            new DistrictName("610115", "临潼区", "Lintong District"),
            new DistrictName("610116", "长安区", "Chang'an District"),
            new DistrictName("610117", "高陵区", "Gaoling District"),
            new DistrictName("610118", "鄠邑区", "Huyi District"),
            new DistrictName("610122", "蓝田县", "Lantian County"),
            new DistrictName("610124", "周至县", "Zhouzhi County"));

    /** The entry with that Chinese name. */
    public static Optional<DistrictName> ofXian(String name) {
        return XIAN.stream().filter(d -> d.name.equals(name)).findFirst();
    }
}
