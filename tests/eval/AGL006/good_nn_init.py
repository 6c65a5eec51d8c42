import torch.nn as nn


def weights_init(m):
    if isinstance(m, nn.Conv2d):
        nn.init.normal_(m.weight, 0.0, 0.02)
    elif isinstance(m, nn.BatchNorm2d):
        nn.init.normal_(m.weight, 1.0, 0.02)
        nn.init.constant_(m.bias, 0.5)


net = nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8))
net.apply(weights_init)
